package seloste.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Document;

/**
 * Every Markdown file a build publishes, for every example notice in every language: clean by
 * markdownlint with the committed {@code .ci/.markdownlint-cli2.jsonc}, the same headings as the
 * HTML page in the same order, and front matter a static site generator can use.
 */
class MarkdownFilesTest {

    @TempDir
    Path tmp;

    @Test
    void markdownlintFindsNothing() {
        NodeTools.requireNode("markdownlint-cli2");
        List<String> args = new ArrayList<>(List.of("node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs",
                "--config", ".markdownlint-cli2.jsonc"));
        List<Path> files = new ArrayList<>(ExampleSite.each(".md"));
        ExampleSite.LANGUAGES.forEach(l -> files.add(ExampleSite.longWords().resolve(l).resolve("long-words.md")));
        files.forEach(f -> args.add(":" + f.toAbsolutePath()));
        NodeTools.Result r = NodeTools.node(Duration.ofMinutes(2), args);
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains("Linting: " + files.size() + " file(s)", "Summary: 0 error(s)");
    }

    @Test
    void markdownlintReportsWhatTheConfigurationKeeps() throws IOException {
        NodeTools.requireNode("markdownlint-cli2");
        Path bad = tmp.resolve("bad.md");
        Files.writeString(bad, "---\ntitle: \"T\"\n---\n\n# T\n\n#No space\n\n## Same\n\n## Same\n\n## Colon:\n\n"
                + "# Second title\n\n[x](#nowhere)\n");
        NodeTools.Result r = NodeTools.node(Duration.ofMinutes(2), List.of(
                "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs", "--config", ".markdownlint-cli2.jsonc",
                ":" + bad.toAbsolutePath()));
        assertThat(r.code()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).contains("MD018", "MD024", "MD025", "MD026").doesNotContain("MD013");
    }

    @Test
    void theHeadingsAreThoseOfTheHtmlPageInTheSameOrder() {
        Parser parser = Parser.builder().build();
        for (String lang : ExampleSite.LANGUAGES) {
            for (String id : ExampleSite.notices()) {
                Path md = ExampleSite.out().resolve(lang).resolve(id + ".md");
                Document html = ExampleSite.xml(ExampleSite.read(ExampleSite.out().resolve(lang).resolve(id + ".html")));
                List<String> expected = new ArrayList<>();
                for (var h : Xhtml.all(html, "//h:main//*[self::h:h1 or self::h:h2 or self::h:h3]")) {
                    expected.add(h.getLocalName() + " " + h.getTextContent().replaceAll("\\s+", " ").strip());
                }
                List<String> actual = new ArrayList<>();
                Node doc = parser.parse(body(ExampleSite.read(md)));
                for (Node n : doc.getDescendants()) {
                    if (n instanceof Heading h) {
                        actual.add("h" + h.getLevel() + " " + new TextCollectingVisitor().collectAndGetText(h).strip());
                    }
                }
                assertThat(actual).as(md.toString()).containsExactlyElementsOf(expected);
                assertThat(actual).as(md.toString()).hasSizeGreaterThan(20);
            }
        }
    }

    /**
     * Each entry of the contents links to its section by the anchor GitHub gives the heading
     * (lower case, punctuation dropped, spaces to hyphens), which GitLab and Hugo give too.
     */
    @Test
    void theContentsLinkToTheAnchorsOfTheSectionHeadings() {
        Parser parser = Parser.builder().build();
        Pattern link = Pattern.compile("^- \\[(.+)]\\(#([^)]+)\\)$", Pattern.MULTILINE);
        for (String lang : ExampleSite.LANGUAGES) {
            for (String id : ExampleSite.notices()) {
                String md = body(ExampleSite.read(ExampleSite.out().resolve(lang).resolve(id + ".md")));
                // the first two headings are the summary's and the contents' own
                List<String> anchors = new ArrayList<>();
                for (Node n : parser.parse(md).getDescendants()) {
                    if (n instanceof Heading h && h.getLevel() == 2) {
                        anchors.add(gitHubAnchor(new TextCollectingVisitor().collectAndGetText(h)));
                    }
                }
                List<String> links = link.matcher(md).results().map(m -> m.group(2).replace("\\", "")).toList();
                assertThat(links).as(lang + "/" + id).hasSizeGreaterThanOrEqualTo(10)
                        .containsExactlyElementsOf(anchors.subList(2, anchors.size()));
            }
        }
        assertThat(gitHubAnchor("7. Tietojen siirrot EU:n ja ETA:n ulkopuolelle"))
                .isEqualTo("7-tietojen-siirrot-eun-ja-etan-ulkopuolelle");
    }

    private static String gitHubAnchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]", "")
                .replace(' ', '-');
    }

    /** The Markdown after its front matter. */
    private static String body(String md) {
        return md.startsWith("---\n") ? md.substring(md.indexOf("\n---\n", 4) + 5) : md;
    }

    @Test
    void theFrontMatterGivesTitleLanguageVersionAndEffectiveDate() {
        for (String lang : ExampleSite.LANGUAGES) {
            for (String id : ExampleSite.notices()) {
                String md = ExampleSite.read(ExampleSite.out().resolve(lang).resolve(id + ".md"));
                assertThat(md).startsWith("---\n");
                Object yaml = new Load(LoadSettings.builder().build()).loadFromString(md.substring(4, md.indexOf("\n---\n")));
                Document html = ExampleSite.xml(ExampleSite.read(ExampleSite.out().resolve(lang).resolve(id + ".html")));
                assertThat(yaml).isInstanceOfSatisfying(Map.class, m -> {
                    assertThat(m.get("title")).isEqualTo(Xhtml.text(html, "//h:h1"));
                    assertThat(m.get("lang")).isEqualTo(lang);
                    assertThat((String) m.get("version")).matches("\\d+(\\.\\d+)*");
                    assertThat((String) m.get("effective")).matches("\\d{4}-\\d{2}-\\d{2}");
                    assertThat(Xhtml.text(html, "//h:main/h:p[@class='version']")).contains((String) m.get("version"));
                });
            }
        }
    }
}
