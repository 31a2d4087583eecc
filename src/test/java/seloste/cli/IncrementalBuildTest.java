package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static seloste.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds render only what changed: unchanged notices are taken from the output folder, an
 * unchanged output folder is not touched, and the bytes are always those of a full build.
 */
class IncrementalBuildTest {

    @TempDir
    Path tmp;

    private Path sources() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        try (Stream<Path> files = Files.list(Path.of("notices"))) {
            for (Path f : files.toList()) {
                Files.copy(f, src.resolve(f.getFileName()));
            }
        }
        return src;
    }

    private static Map<String, FileTime> times(Path dir) throws IOException {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.getLastModifiedTime(f));
            }
        }
        return out;
    }

    @Test
    void aNoOpRebuildLeavesTheOutputFolderUntouched() throws Exception {
        Path src = sources();
        Path out = tmp.resolve("out");
        assertThat(run("build", src.toString(), "--out", out.toString(), "--format", "html,md").code()).isZero();
        Map<String, FileTime> before = times(out);
        Thread.sleep(20);
        assertThat(run("build", src.toString(), "--out", out.toString(), "--format", "html,md").code()).isZero();
        assertThat(times(out)).isEqualTo(before);
    }

    @Test
    void aChangedNoticeIsRenderedAgainAndTheResultEqualsAFullBuild() throws Exception {
        Path src = sources();
        Path out = tmp.resolve("out");
        assertThat(run("build", src.toString(), "--out", out.toString(), "--format", "html,md,pdf").code()).isZero();
        Path newsletter = src.resolve("newsletter.yaml");
        Files.writeString(newsletter, Files.readString(newsletter).replace("version: 2.1", "version: 2.2"));
        // a cached notice whose file in out/ was tampered with must not be trusted
        Files.writeString(out.resolve("fi/website.md"), "tampered");
        assertThat(run("build", src.toString(), "--out", out.toString(), "--format", "html,md,pdf").code()).isZero();

        Path fresh = tmp.resolve("fresh");
        assertThat(run("build", src.toString(), "--out", fresh.toString(), "--format", "html,md,pdf").code()).isZero();
        assertThat(CliTest.digests(out)).isEqualTo(CliTest.digests(fresh));
        assertThat(Files.readString(out.resolve("fi/newsletter.md"))).contains("2.2");
    }

    @Test
    void aChangedTemplateRendersEveryNoticeAgain() throws Exception {
        Path src = sources();
        Path templates = tmp.resolve("templates");
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Path t = templates.resolve(Path.of("templates").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        Path out = tmp.resolve("out");
        String[] args = {"build", src.toString(), "--out", out.toString(), "--format", "md", "--templates",
                templates.toString()};
        assertThat(run(args).code()).isZero();
        Path md = templates.resolve("markdown/notice.ftlmd");
        Files.writeString(md, Files.readString(md) + "\n<!-- changed -->\n");
        assertThat(run(args).code()).isZero();
        assertThat(Files.readString(out.resolve("sv/customers.md"))).endsWith("<!-- changed -->\n");
        assertThat(Files.readString(out.resolve("en/website.md"))).endsWith("<!-- changed -->\n");
    }

    @Test
    void aNoticeRenderedWhileTheRulesRanIsNotWrittenWhenTheyFindAnError() throws Exception {
        Path src = sources();
        Path out = tmp.resolve("out");
        assertThat(run("build", src.toString(), "--out", out.toString(), "--format", "html,md").code()).isZero();
        // the file loads without a problem, so the notice is rendered at once; only a rule finds the error
        Path newsletter = src.resolve("newsletter.yaml");
        Files.writeString(newsletter, Files.readString(newsletter).replace(
                "fi: Uutiskirjeen tilaajien tietosuojaseloste", "fi: Henkilötietolain mukainen rekisteriseloste"));

        Cli.Run r = run("build", src.toString(), "--out", out.toString(), "--format", "html,md");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error [law.repealed]");
        assertThat(r.out()).contains("Not published because of errors: newsletter.");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(Path::toString).filter(f -> f.contains("newsletter"))).isEmpty();
        }
        assertThat(Files.readString(out.resolve("fi/index.html"))).doesNotContain("newsletter")
                .doesNotContain("Henkilötietolain");
        assertThat(out.resolve("fi/customers.html")).exists();
    }

    @Test
    void aRebuildFromTheSameInputsSaysWhatTheLastBuildFoundWithoutMakingAnything() throws Exception {
        Path src = sources();
        Path out = tmp.resolve("out");
        // an error withholds a notice: the repeat must say so, and fail, as the build did
        Path newsletter = src.resolve("newsletter.yaml");
        Files.writeString(newsletter, Files.readString(newsletter).replace(
                "fi: Uutiskirjeen tilaajien tietosuojaseloste", "fi: Henkilötietolain mukainen rekisteriseloste"));
        String[] args = {"build", src.toString(), "--out", out.toString(), "--format", "html,md"};
        Cli.Run first = run(args);
        Map<String, FileTime> before = times(out);

        Cli.Run again = run(args);

        assertThat(first.code()).isEqualTo(1);
        assertThat(first.out()).startsWith("Wrote ");
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(again.err()).isEqualTo(first.err()).contains("error [law.repealed]");
        assertThat(again.out()).isEqualTo(first.out().replaceFirst("Wrote (\\d+ files for \\d+ notices) to "
                + java.util.regex.Pattern.quote(out.toString()) + "\\.", "Nothing has changed since the last build: "
                + java.util.regex.Matcher.quoteReplacement(out.toString()) + " holds its $1."));
        assertThat(times(out)).isEqualTo(before);
        // what is said again is kept outside the output folder, which is published as it is
        String finding = first.err().lines().filter(l -> l.contains("[law.repealed]")).findFirst().orElseThrow();
        String message = finding.substring(finding.indexOf("] ") + 2);
        for (String file : before.keySet()) {
            assertThat(new String(Files.readAllBytes(out.resolve(file)), java.nio.charset.StandardCharsets.UTF_8))
                    .as(file).doesNotContain(message);
        }
    }

    @Test
    void anyChangeToWhatABuildReadsOrWroteMakesTheNextBuildLoadEverything() throws Exception {
        Path src = sources();
        Path out = tmp.resolve("out");
        String[] args = {"build", src.toString(), "--out", out.toString(), "--format", "html,md"};
        assertThat(run(args).out()).startsWith("Wrote ");
        assertThat(run(args).out()).startsWith("Nothing has changed");

        // a source file, even by a comment
        Path website = src.resolve("website.yaml");
        Files.writeString(website, Files.readString(website) + "# reviewed\n");
        assertThat(run(args).out()).startsWith("Wrote ");
        // the translation lock file beside the sources
        Path lock = src.resolve("translations.lock");
        Files.writeString(lock, Files.readString(lock) + "\n");
        assertThat(run(args).out()).startsWith("Wrote ");
        // the settings, which can turn a rule off
        Path settings = Files.writeString(tmp.resolve("settings.yaml"),
                "kind: settings\nrules:\n  transfer.adequacy.scope: off\n");
        String[] withSettings = {"build", src.toString(), "--out", out.toString(), "--format", "html,md", "--settings",
            settings.toString()};
        Cli.Run quieter = run(withSettings);
        assertThat(quieter.out()).startsWith("Wrote ");
        assertThat(quieter.err()).doesNotContain("transfer.adequacy.scope");
        assertThat(run(withSettings).out()).startsWith("Nothing has changed");
        Files.writeString(settings, "kind: settings\nrules:\n  transfer.adequacy.scope: info\n");
        assertThat(run(withSettings).err()).contains("transfer.adequacy.scope");
        // the languages asked for
        assertThat(run("build", src.toString(), "--out", out.toString(), "--format", "html,md", "--lang", "fi")
                .out()).startsWith("Wrote ");
        assertThat(run(args).out()).startsWith("Wrote ");
        // a file of the output folder changed by hand, or one put there, is made again or removed
        Files.writeString(out.resolve("sv/customers.md"), "edited");
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThat(run(args).out()).startsWith("Wrote ");
        assertThat(Files.readString(out.resolve("sv/customers.md"))).doesNotContain("edited");
        assertThat(out.resolve("notes.txt")).doesNotExist();
        // what the last build found is believed only with the manifest that build wrote
        Path manifest = out.resolve("seloste-manifest.json");
        Files.writeString(manifest, Files.readString(manifest) + " ");
        assertThat(run(args).out()).startsWith("Wrote ");
        assertThat(run(args).out()).startsWith("Nothing has changed");
    }
}
