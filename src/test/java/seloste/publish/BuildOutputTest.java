package seloste.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seloste.publish.ExampleSite.Run;

/**
 * The output folder as a whole: the same sources give the same bytes, {@code build --check} tells
 * whether the folder is what a build would write (and writes nothing), and a notice whose source
 * is removed leaves nothing behind.
 */
class BuildOutputTest {

    @TempDir
    Path tmp;

    @Test
    void buildingTwiceGivesTheSameBytesIncludingIndexPagesAndFragments() {
        Path second = tmp.resolve("out");
        Run r = ExampleSite.seloste("build", "--out", second.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, String> digests = ExampleSite.digests(second);
        assertThat(digests).isEqualTo(ExampleSite.digests(ExampleSite.out()));
        assertThat(digests).containsKeys("index.html", "fi/index.html", "sv/index.html", "en/index.html");
        for (String lang : ExampleSite.LANGUAGES) {
            for (String id : ExampleSite.notices()) {
                assertThat(digests).containsKeys(Stream.of(".html", ".fragment.html", ".summary.html", ".md", ".pdf")
                        .map(ext -> lang + "/" + id + ext).toArray(String[]::new));
            }
        }
    }

    @Test
    void checkPassesRightAfterABuildAndWritesNothing() {
        Path out = ExampleSite.out();
        Map<String, String> before = ExampleSite.digests(out);
        Run r = ExampleSite.seloste("build", "--check", "--out", out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains(out + " is up to date: " + before.size() + " files for "
                + ExampleSite.notices().size() + " notices.");
        assertThat(ExampleSite.digests(out)).isEqualTo(before);
        assertThat(out.resolveSibling(".out.staging")).doesNotExist();
    }

    @Test
    void checkFailsAfterASourceIsEditedAndNamesTheFilesThatWouldChange() throws IOException {
        Path sources = copyOfTheExamples();
        Path out = tmp.resolve("out");
        assertThat(ExampleSite.seloste("build", sources.toString(), "--out", out.toString(), "--format", "html,md")
                .code()).isZero();
        Path newsletter = sources.resolve("newsletter.yaml");
        Files.writeString(newsletter, Files.readString(newsletter).replaceFirst("(?m)^version: .*$", "version: \"9.9\""));
        Map<String, String> before = ExampleSite.digests(out);

        Run r = ExampleSite.seloste("build", sources.toString(), "--check", "--out", out.toString(), "--format", "html,md");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith(out + " is not what a build would write:\n")
                .contains("  changed  fi/index.html\n", "  changed  fi/newsletter.html\n", "  changed  en/newsletter.md\n",
                        "  changed  sv/newsletter.fragment.html\n")
                .doesNotContain("customers", "missing", "extra").endsWith("Run 'seloste build' to update it.\n");
        assertThat(ExampleSite.digests(out)).isEqualTo(before);
    }

    @Test
    void checkFailsOnAMissingOrAnExtraFile() throws IOException {
        Path out = tmp.resolve("out");
        assertThat(ExampleSite.seloste("build", "--out", out.toString(), "--format", "html,md").code()).isZero();
        Files.delete(out.resolve("sv/website.md"));
        Files.writeString(out.resolve("fi/old-notice.html"), "<!DOCTYPE html>");

        Run r = ExampleSite.seloste("build", "--check", "--out", out.toString(), "--format", "html,md");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("  missing  sv/website.md\n", "  extra    fi/old-notice.html\n")
                .doesNotContain("changed");
        assertThat(out.resolve("sv/website.md")).doesNotExist();

        Files.delete(out.resolve("fi/old-notice.html"));
        assertThat(ExampleSite.seloste("build", "--out", out.toString(), "--format", "html,md").code()).isZero();
        assertThat(ExampleSite.seloste("build", "--check", "--out", out.toString(), "--format", "html,md").code())
                .isZero();
    }

    @Test
    void aNoticeWhoseSourceIsRemovedLeavesNoFileBehind() throws IOException {
        Path sources = copyOfTheExamples();
        Path out = tmp.resolve("out");
        assertThat(ExampleSite.seloste("build", sources.toString(), "--out", out.toString(), "--format", "html,md")
                .code()).isZero();
        assertThat(out.resolve("fi/website.html")).exists();
        assertThat(ExampleSite.read(out.resolve("fi/index.html"))).contains("href=\"website.html\"");

        Files.delete(sources.resolve("website.yaml"));
        Run r = ExampleSite.seloste("build", sources.toString(), "--out", out.toString(), "--format", "html,md");

        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(Path::toString).filter(f -> f.contains("website"))).isEmpty();
        }
        for (String lang : ExampleSite.LANGUAGES) {
            assertThat(ExampleSite.read(out.resolve(lang).resolve("index.html"))).doesNotContain("website")
                    .contains("href=\"customers.html\"");
        }
    }

    @Test
    void aBuildThatFailsHalfWayLeavesTheOutputFolderAsItWasAndNothingBeside() throws IOException {
        Path sources = copyOfTheExamples();
        Path out = tmp.resolve("out");
        assertThat(ExampleSite.seloste("build", sources.toString(), "--out", out.toString(), "--format", "html,md")
                .code()).isZero();
        Map<String, String> before = ExampleSite.digests(out);
        // every notice changes, and the Markdown template fails for the Swedish pages only, so the build
        // has already written some of the new files when it fails
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.writeString(f, Files.readString(f).replaceFirst("(?m)^version: .*$", "version: \"9.9\""));
            }
        }
        Path templates = tmp.resolve("templates");
        ExampleSite.copyTree(Path.of("templates"), templates);
        Path md = templates.resolve("markdown/notice.ftlmd");
        Files.writeString(md, Files.readString(md).replace("lang: \"${page.lang}\"",
                "lang: \"${page.lang}\"<#if page.lang == \"sv\">${nosuch}</#if>"));

        Run r = ExampleSite.seloste("build", sources.toString(), "--out", out.toString(), "--format", "html,md",
                "--templates", templates.toString());

        assertThat(r.code()).as(r.out() + r.err()).isNotZero();
        assertThat(r.err()).contains("markdown/notice.ftlmd").contains("nosuch");
        assertThat(ExampleSite.digests(out)).isEqualTo(before);
        try (Stream<Path> beside = Files.list(tmp)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notices", "out",
                    "templates");
        }
    }

    private Path copyOfTheExamples() throws IOException {
        Path sources = tmp.resolve("notices");
        ExampleSite.copyTree(Path.of("notices"), sources);
        assertThat(List.of("customers.yaml", "newsletter.yaml", "website.yaml"))
                .allSatisfy(f -> assertThat(sources.resolve(f)).exists());
        return sources;
    }
}
