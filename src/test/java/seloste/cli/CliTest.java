package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static seloste.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on the example notices in {@code notices/} and on broken copies of them. */
class CliTest {

    @TempDir
    static Path tmp;

    private static Path built;
    private static Cli.Run firstBuild;



    @BeforeAll
    static void buildTheExamples() {
        built = tmp.resolve("out");
        firstBuild = run("build", "--out", built.toString());
    }

    private static List<String> exampleNotices() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("notices"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.contains("."
                    + "controller.") && !n.contains(".recipients.")).map(n -> n.replace(".yaml", "")).sorted().toList();
        }
    }

    @Test
    void theExamplesBuildCleanlyInEveryLanguageAndFormat() throws IOException {
        assertThat(firstBuild.code()).as(firstBuild.err()).isZero();
        List<String> notices = exampleNotices();
        assertThat(notices).hasSizeGreaterThanOrEqualTo(3);
        for (String lang : List.of("fi", "sv", "en")) {
            for (String id : notices) {
                for (String ext : List.of("html", "summary.html", "md", "pdf", "jsonld")) {
                    assertThat(built.resolve(lang).resolve(id + "." + ext)).isNotEmptyFile();
                }
            }
        }
        int schemas = seloste.schema.Schemas.all().size();
        int manifest = 1;
        assertThat(firstBuild.out()).startsWith("Wrote " + (notices.size() * 18 + 4 + schemas + manifest) + " files for "
                + notices.size() + " notices to ");
    }

    @Test
    void thePdfsCarryTheirFinnishAndSwedishLettersAsText() throws IOException {
        String fi = pdfText(built.resolve("fi/customers.pdf"));
        String sv = pdfText(built.resolve("sv/customers.pdf"));
        assertThat(fi).contains("Tietosuojavaltuutetun toimisto").containsPattern("[äö]");
        assertThat(sv).contains("Dataombudsmannens byrå").containsPattern("[åäö]");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws Exception {
        Path second = tmp.resolve("second");
        assertThat(run("build", "--out", second.toString()).code()).isZero();
        assertThat(digests(second)).isEqualTo(digests(built));
    }

    static Map<String, String> digests(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }

    @Test
    void aBrokenNoticeIsReportedWholeAndNotPublished() throws Exception {
        Path sources = tmp.resolve("broken-sources");
        Files.createDirectories(sources);
        for (Path f : Files.list(Path.of("notices")).toList()) {
            Files.copy(f, sources.resolve(f.getFileName()));
        }
        Files.writeString(sources.resolve("broken.yaml"), """
                kind: notice
                id: broken
                controller: aurora
                title: { fi: Rikki, sv: Trasig, en: Broken }
                languages: [fi, sv, en]
                version: "1"
                efective: 2026-01-15
                data_categories:
                  - id: contact
                    name: { fi: Yhteystiedot, sv: Kontaktuppgifter, en: Contact details }
                purposes:
                  - id: service
                    name: { fi: Palvelu, sv: Tjänst, en: Service }
                    data: [contcat]
                retention:
                  - data: [contact]
                    period: P1Y
                    from: collection
                """);
        Path out = tmp.resolve("broken-out");
        Cli.Run r = run("build", sources.toString(), "--out", out.toString());
        String file = sources.resolve("broken.yaml").toString();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(
                file + ":1:1: error [schema.missing] 'effective' is missing from the file; add it.",
                file + ":7:1: error [schema.unknown-key] Unknown key 'efective' in the file. Did you mean 'effective'?",
                file + ":12:5: error [purpose.legal-basis.missing] Purpose 'service' has no legal basis; add 'legal_basis:'.",
                file + ":14:12: error [ref.unknown] No data category has the id 'contcat'. Did you mean 'contact'?");
        assertThat(r.out()).contains("Not published because of errors: broken.");
        assertThat(out.resolve("fi/broken.html")).doesNotExist();
        assertThat(out.resolve("fi/customers.html")).exists();
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputWhole() throws Exception {
        Path out = tmp.resolve("kept");
        assertThat(run("build", "--out", out.toString(), "--format", "html").code()).isZero();
        Map<String, String> before = digests(out);
        Path templates = tmp.resolve("bad-templates");
        copyTree(Path.of("templates"), templates);
        Files.writeString(templates.resolve("html/notice.ftlh"), "<#if>broken");
        Cli.Run r = run("build", "--out", out.toString(), "--templates", templates.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("Nothing was written;");
        assertThat(digests(out)).isEqualTo(before);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    @Test
    void checkFailsOnlyAtTheChosenSeverity() {
        Cli.Run clean = run("check");
        assertThat(clean.code()).as(clean.out()).isZero();
        assertThat(clean.out()).endsWith("files.\n");
    }

    @Test
    void usageErrorsAndUnreadablePathsExitWithTwo() {
        assertThat(run("build", "--no-such-option").code()).isEqualTo(2);
        assertThat(run("build", "--lang", "de").code()).isEqualTo(2);
        Cli.Run missing = run("check", "no-such-folder");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).contains("no-such-folder: error [input.unreadable] No such file or folder");
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void versionHelpRulesAndExplainAnswer() {
        assertThat(run("--version").out()).startsWith("seloste ");
        assertThat(run("--help").out()).contains("build", "check", "rules", "explain");
        // a subcommand runs under a top level that holds only it, and is still named as part of seloste
        assertThat(run("build", "--help").out()).startsWith("Usage: seloste build ");
        Cli.Run wrong = run("check", "--formt", "json");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("Unknown option: '--formt'", "Possible solutions: --format");
        assertThat(run("bulid").err()).contains("Unmatched argument at index 0: 'bulid'", "Did you mean: seloste ");
        Cli.Run rules = run("rules");
        assertThat(rules.code()).isZero();
        assertThat(rules.out()).containsPattern("(?m)^purpose\\.legal-basis\\.missing +error +A purpose states no "
                + "legal basis\\. \\(GDPR Art\\. 13\\(1\\)\\(c\\), 14\\(1\\)\\(c\\)\\)$")
                .containsPattern("(?m)^yaml\\.syntax +error ");
        Cli.Run explain = run("explain", "retention.vague");
        assertThat(explain.out()).contains("What it finds:", "WP260");
        assertThat(run("explain", "no.such-rule").code()).isEqualTo(2);
    }
}
