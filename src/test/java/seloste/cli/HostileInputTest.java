package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static seloste.cli.Cli.run;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Hostile sources, templates and output folders: each ends in a positioned message or inert output. */
class HostileInputTest {

    @TempDir
    Path tmp;



    @Test
    void idsThatWouldEscapeOrConfuseTheOutputAreRejected() throws IOException {
        String dir = "src/test/resources/hostile/";
        Cli.Run r = run("build", dir + "controller.yaml", dir + "reserved.yaml", dir + "zero-width.yaml",
                dir + "bidi.yaml", dir + "traversal.yaml", "--out", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(
                dir + "reserved.yaml:2:5: error [schema.value] 'con' is reserved as a file name",
                dir + "zero-width.yaml:2:5: error [schema.value] 'cust?omers' is not a valid id",
                dir + "bidi.yaml:2:5: error [schema.value] 'abc?gpj' is not a valid id",
                dir + "traversal.yaml:2:5: error [schema.value] '../../etc/passwd' is not a valid id");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(Files.exists(tmp.resolve("out")) ? Files.list(tmp.resolve("out")).count() : 0).isZero();
    }

    private Path hostileNotice() throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.copy(Path.of("src/test/resources/hostile/controller.yaml"), src.resolve("controller.yaml"));
        String evil = "<img src=\\\"file:///etc/passwd\\\"/><script>alert(1)</script>"
                + " [x](javascript:alert(1)) **b** # h | \\\"q\\\" & \\u0061\\u0308iti";
        Files.writeString(src.resolve("evil.yaml"), """
                kind: notice
                id: evil
                controller: acme
                title: { fi: "EVIL", sv: "EVIL", en: "EVIL" }
                languages: [fi]
                version: "1"
                effective: 2026-01-15
                data_categories:
                  - id: contact
                    name: { fi: "Yhteystiedot", sv: "Kontaktuppgifter", en: "Contact details" }
                purposes:
                  - id: orders
                    name: { fi: "Tilaukset", sv: "Beställningar", en: "Orders" }
                    description: { fi: "EVIL", sv: "EVIL", en: "EVIL" }
                    legal_basis: contract
                    requirement: { kind: voluntary }
                    data: [contact]
                retention:
                  - data: [contact]
                    period: P1Y
                    from: collection
                """.replace("EVIL", evil));
        return src;
    }

    @Test
    void hostileTextIsInertInHtmlMarkdownAndPdf() throws Exception {
        Path src = hostileNotice();
        Path out = tmp.resolve("out");
        Cli.Run r = run("build", src.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();

        String html = Files.readString(out.resolve("fi/evil.html"));
        Document doc = Cli.xml(html);
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        // the one script is the notice as JSON-LD, which runs nothing and which no text can close
        assertThat(doc.getElementsByTagName("script").getLength()).isOne();
        assertThat(((Element) doc.getElementsByTagName("script").item(0)).getAttribute("type"))
                .isEqualTo("application/ld+json");
        assertThat(doc.getElementsByTagName("script").item(0).getTextContent()).doesNotContain("<", ">");
        assertThat(html).doesNotContain("href=\"javascript").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("\u00e4iti").doesNotContain("a\u0308");

        String md = Files.readString(out.resolve("fi/evil.md"));
        String mdHtml = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        assertThat(mdHtml).doesNotContain("<img", "<script", "href=\"javascript", "<strong>b</strong>");
        assertThat(md).contains("\u00e4iti");

        try (PDDocument pdf = Loader.loadPDF(out.resolve("fi/evil.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().isImageXObject(name)).as("image on a page").isFalse();
                }
            }
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("<script>alert(1)</script>").contains("\u00e4iti");
        }
    }


    @Test
    void symbolicLinksInTheOutputFolderAreNotFollowedOutOfIt() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "precious");
        Path out = Files.createDirectories(tmp.resolve("out/fi"));
        Files.createSymbolicLink(out.resolve("link"), outside);
        Cli.Run r = run("build", hostileNotice().toString(), "--out", tmp.resolve("out").toString(), "--format", "html");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(outside.resolve("keep.txt")).hasContent("precious");
        assertThat(tmp.resolve("out/fi/link")).doesNotExist();
        assertThat(tmp.resolve("out/fi/evil.html")).exists();
    }

    @Test
    void anOutputFolderThatIsALinkIsRefused() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("target"));
        Files.writeString(target.resolve("keep.txt"), "precious");
        Path out = Files.createSymbolicLink(tmp.resolve("out"), target);
        Cli.Run r = run("build", hostileNotice().toString(), "--out", out.toString(), "--format", "html");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("is a symbolic link");
        assertThat(target.resolve("keep.txt")).hasContent("precious");
        assertThat(Files.list(target).toList()).hasSize(1);
    }

    @Test
    void templatesCannotReadFilesOutsideTheirFolder() throws Exception {
        Path templates = tmp.resolve("templates");
        copyTree(Path.of("templates"), templates);
        Files.writeString(templates.resolve("html/notice.ftlh"), "<#include \"../../../../../../etc/hostname\">");
        Cli.Run r = run("build", hostileNotice().toString(), "--out", tmp.resolve("out").toString(),
                "--templates", templates.toString(), "--format", "html");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("Nothing was written");
        assertThat(tmp.resolve("out")).doesNotExist();
        String hostname = Files.readString(Path.of("/etc/hostname")).strip();
        if (!hostname.isEmpty()) {
            assertThat(r.err() + r.out()).doesNotContain(hostname);
        }
    }

    @Test
    void tooManyFilesAreRefusedWithAMessage() throws IOException {
        Path many = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i <= seloste.load.Loader.MAX_FILES; i++) {
            Files.writeString(many.resolve("r" + i + ".yaml"), "kind: recipients\n");
        }
        Cli.Run r = run("check", many.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("error [input.limit] More than " + seloste.load.Loader.MAX_FILES + " source files");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path f : Files.walk(from).toList()) {
            Path t = to.resolve(from.relativize(f).toString());
            if (Files.isDirectory(f)) {
                Files.createDirectories(t);
            } else {
                Files.copy(f, t);
            }
        }
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }
}
