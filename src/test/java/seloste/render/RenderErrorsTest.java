package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;

/** What the renderer reports, in plain words, when a notice or the templates are wrong. */
class RenderErrorsTest {

    private static final HtmlMarkdownRenderer RENDERER = HtmlMarkdownRendererTest.RENDERER;

    private static Rendered render(Notice notice, Language language) throws RenderException {
        return HtmlMarkdownRendererTest.render(notice, language);
    }

    @Test
    void aLanguageTheNoticeIsNotPublishedInIsRefused() {
        Notice full = Fixtures.full();
        Notice finnishOnly = new Notice(full.id(), full.controller(), full.title(), List.of(Language.FI), full.version(),
                full.effective(), full.registers(), full.contact(), full.children(), full.subjects(), full.categories(),
                full.purposes(), full.sources(), full.recipients(), full.transfers(), full.retention(),
                full.automatedDecisions(), full.cookies(), full.security(), full.rightsRequests(), full.changes(), full.origin());
        assertThatThrownBy(() -> render(finnishOnly, Language.SV)).isInstanceOf(RenderException.class)
                .hasMessage("The notice customers is not published in the language sv");
    }

    @Test
    void anUnresolvedReferenceIsAPlainRenderError() {
        Notice notice = Fixtures.full();
        Repository noRecipients = new Repository(List.of(Fixtures.controller("Aurora Kodinkone Oy")), List.of(),
                List.of(notice), List.of());
        assertThatThrownBy(() -> RENDERER.render(noRecipients, notice, Language.FI)).isInstanceOf(RenderException.class)
                .hasMessageMatching("The notice customers refers to the recipient [a-z]+, which is not defined");
        Repository noController = new Repository(List.of(), Fixtures.recipients(), List.of(notice), List.of());
        assertThatThrownBy(() -> RENDERER.render(noController, notice, Language.FI)).isInstanceOf(RenderException.class)
                .hasMessage("The notice customers refers to the controller aurora, which is not defined");
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLine(@TempDir Path dir) throws Exception {
        copyTemplates(dir);
        Path html = dir.resolve("html/notice.ftlh");
        Files.writeString(html, Files.readString(html).replace("<h1>${header.title}</h1>", "<h1>${header.nosuch}</h1>"));
        HtmlMarkdownRenderer broken = new HtmlMarkdownRenderer(dir);
        assertThatThrownBy(() -> broken.render(Fixtures.repository(Fixtures.full()), Fixtures.full(), Language.FI))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("Template html/notice.ftlh, line ")
                .hasMessageContaining("nosuch");
    }

    @Test
    void aSyntaxErrorIsReportedWhenRendering(@TempDir Path dir) throws Exception {
        copyTemplates(dir);
        Path md = dir.resolve("markdown/notice.ftlmd");
        Files.writeString(md, Files.readString(md) + "\n<#if>\n");
        HtmlMarkdownRenderer broken = new HtmlMarkdownRenderer(dir);
        assertThatThrownBy(() -> broken.render(Fixtures.repository(Fixtures.full()), Fixtures.full(), Language.FI))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("Template markdown/notice.ftlmd, line ");
    }

    @Test
    void templatesCannotReachJava(@TempDir Path dir) throws Exception {
        copyTemplates(dir);
        Path html = dir.resolve("html/notice.ftlh");
        String original = Files.readString(html);
        Files.writeString(html, original.replace("<main id=\"content\">",
                "<main id=\"content\">${\"freemarker.template.utility.Execute\"?new()(\"id\")}"));
        assertThatThrownBy(() -> new HtmlMarkdownRenderer(dir).render(Fixtures.repository(Fixtures.full()), Fixtures.full(),
                Language.FI)).isInstanceOf(RenderException.class).hasMessageContaining("not allowed");
        Files.writeString(html, original.replace("<main id=\"content\">", "<main id=\"content\">${page?api.getClass()}"));
        assertThatThrownBy(() -> new HtmlMarkdownRenderer(dir).render(Fixtures.repository(Fixtures.full()), Fixtures.full(),
                Language.FI)).isInstanceOf(RenderException.class).hasMessageContaining("api_builtin_enabled");
    }

    @Test
    void aCatalogueWithAMissingKeyIsReported(@TempDir Path dir) throws Exception {
        copyTemplates(dir);
        Path sv = dir.resolve("phrases/sv.yaml");
        Files.writeString(sv, Files.readString(sv).replaceFirst("(?m)^  access:\\n    heading: .*\\n", "  access:\n"));
        assertThatThrownBy(() -> new HtmlMarkdownRenderer(dir).render(Fixtures.repository(Fixtures.full()), Fixtures.full(),
                Language.FI)).isInstanceOf(RenderException.class)
                .hasMessageContaining("sv.yaml lacks rights.access.heading");
    }

    @Test
    void aMissingFolderFallsBackToTheClasspath() throws Exception {
        HtmlMarkdownRenderer fallback = new HtmlMarkdownRenderer(Path.of("no-such-templates-folder"));
        if (getClass().getClassLoader().getResource("templates/html/notice.ftlh") != null) {
            assertThat(fallback.render(Fixtures.repository(Fixtures.full()), Fixtures.full(), Language.FI).html())
                    .contains("<h1>");
        } else {
            assertThatThrownBy(() -> fallback.render(Fixtures.repository(Fixtures.full()), Fixtures.full(), Language.FI))
                    .isInstanceOf(RenderException.class).hasMessageContaining("classpath:templates/");
        }
    }

    private static void copyTemplates(Path to) throws IOException {
        Path from = Path.of("templates");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
