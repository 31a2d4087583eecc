package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static seloste.cli.Cli.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Random sources thrown at the command line: whatever a file holds, the run ends in findings or in
 * output that parses and carries none of the input live.
 */
class HostileProperties {

    private static final List<String> FRAGMENTS = List.of("kind: notice\n", "kind: controller\n",
            "kind: recipients\n", "id: x\n", "id: ", "purposes:\n", "  - ", "- ", "name: ", "{ fi: a, sv: b }",
            "[a, b]", "&a ", "*a ", "!!str ", "!custom ", "\t", "\n", "\r\n", ": ", "'", "\"", "# c\n", "---\n",
            "...\n", "? ", "|\n  x\n", ">-\n  y\n", "\u00e4", "\u200b", "\u202e", "\ufeff", "\\", "%YAML 1.1\n",
            "<script>", "&amp;", "legal_basis: contract\n", "languages: [fi, sv, en]\n", "effective: 2026-01-15\n",
            "version: 1.10\n", "controller: acme\n", "data: [contact]\n", "    ", "null", "~", "0x1F", "1e400");

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();



    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 150)
    void anyYamlLikeTextEndsInFindingsNeverInACrash(@ForAll("yamlish") String text) throws IOException {
        Path dir = Files.createTempDirectory("seloste-prop");
        Files.writeString(dir.resolve("a.yaml"), text);
        Cli.Run r = run("check", dir.toString());
        assertThat(r.code()).isIn(0, 1);
        assertThat(r.err()).doesNotContain("internal error");
        assertThat(r.out()).doesNotContain("Exception");
    }

    @Property(tries = 100)
    void anyBytesEndInFindingsNeverInACrash(@ForAll byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("seloste-prop");
        Files.write(dir.resolve("a.yaml"), bytes);
        Cli.Run r = run("check", dir.toString());
        assertThat(r.code()).isIn(0, 1);
        assertThat(r.err()).doesNotContain("internal error");
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> markup = Arbitraries.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "\" onmouseover=\"x", "javascript:alert(1)", "[a](javascript:b)", "**b**", "\n# h\n", "|", "`c`",
                "&#60;", "&lt;", "]]>", "<!--", "-->", "http://example.com", "www.example.com", "\u0061\u0308",
                "{controller}", "${x}", "<#if x>", "\\", "'", "\u2028", "\u0000", "\ud800");
        return Arbitraries.oneOf(markup, Arbitraries.strings().ofMaxLength(30)).list().ofMinSize(1).ofMaxSize(6)
                .map(l -> String.join(" ", l));
    }

    @Property(tries = 40)
    void anyTextInATextFieldIsInertInHtmlAndMarkdown(@ForAll("hostileText") String text) throws Exception {
        Path dir = Files.createTempDirectory("seloste-prop");
        Files.copy(Path.of("src/test/resources/hostile/controller.yaml"), dir.resolve("controller.yaml"));
        String q = quoted(text);
        Files.writeString(dir.resolve("n.yaml"), """
                kind: notice
                id: n
                controller: acme
                title: { fi: Q, sv: Q, en: Q }
                languages: [fi]
                version: "1"
                effective: 2026-01-15
                data_categories:
                  - id: contact
                    name: { fi: Q, sv: Q, en: Q }
                purposes:
                  - id: orders
                    name: { fi: Q, sv: Q, en: Q }
                    description: { fi: Q, sv: Q, en: Q }
                    legal_basis: contract
                    requirement: { kind: voluntary }
                    data: [contact]
                retention:
                  - data: [contact]
                    period: P1Y
                    from: collection
                """.replace("Q", q));
        Path out = dir.resolve("out");
        Cli.Run r = run("build", dir.toString(), "--out", out.toString(), "--format", "html,md");
        assertThat(r.err()).doesNotContain("internal error");
        if (r.code() != 0) {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).containsPattern(":\\d+:\\d+: error \\[");
            return;
        }
        String html = Files.readString(out.resolve("fi/n.html"));
        Document doc = Cli.xml(html);
        // the one script is the notice as JSON-LD: data, with no character markup could read in it
        NodeList scripts = doc.getElementsByTagName("script");
        for (int i = 0; i < scripts.getLength(); i++) {
            Element script = (Element) scripts.item(i);
            assertThat(script.getAttribute("type")).isEqualTo("application/ld+json");
            assertThat(script.getTextContent()).doesNotContain("<", ">", "&");
            assertThat(JSON.readTree(script.getTextContent()).isObject()).isTrue();
        }
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        assertThat(html).doesNotContain("href=\"javascript");
        if (text.contains("<") || text.contains("&")) {
            assertThat(html).doesNotContain(text);
        }
        String md = Files.readString(out.resolve("fi/n.md"));
        String rendered = com.vladsch.flexmark.html.HtmlRenderer.builder().build()
                .render(com.vladsch.flexmark.parser.Parser.builder().build().parse(md));
        assertThat(rendered).doesNotContain("<script", "<img", "href=\"javascript");
    }

    private static String quoted(String text) throws JsonProcessingException {
        return JSON.writeValueAsString(text);
    }

}
