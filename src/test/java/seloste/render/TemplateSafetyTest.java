package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Review rules for the editable templates, checked on every file under templates/. */
class TemplateSafetyTest {

    private static final Path TEMPLATES = Path.of("templates");
    private static final List<String> BANNED = List.of("?no_esc", "noautoesc", "?interpret", "?eval", "?new", "?api");

    private static List<Path> files(String... extensions) throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(extensions).anyMatch(e -> p.toString().endsWith(e)))
                    .sorted().toList();
        }
    }

    @Test
    void templatesNeverTurnEscapingOffOrReachIntoJava() throws IOException {
        List<Path> templates = files(".ftlh", ".ftlmd", ".ftl", ".ftlx");
        assertThat(templates).isNotEmpty();
        for (Path t : templates) {
            String text = Files.readString(t);
            for (String banned : BANNED) {
                assertThat(text).as(t + " uses " + banned).doesNotContain(banned);
            }
        }
    }

    @Test
    void htmlTemplatesUseNoNamedEntitiesOtherThanTheXmlOnes() throws IOException {
        Pattern named = Pattern.compile("&(?!amp;|lt;|gt;|quot;|#)[A-Za-z0-9]+;");
        for (Path t : files(".ftlh", ".css")) {
            assertThat(named.matcher(Files.readString(t)).find()).as(t.toString()).isFalse();
        }
    }

    @Test
    void theStylesheetIsSafeToInlineInXmlAndFetchesNothing() throws IOException {
        String css = Files.readString(TEMPLATES.resolve("html/notice.css"));
        assertThat(css).doesNotContain("<", "&", "url(", "@import", "@font-face");
        assertThat(css).contains("font-family: 'DejaVu Sans'", "@page", "size: A4", "margin: 2cm", "@bottom-center",
                "content: counter(page) \" / \" counter(pages)", "@media print");
    }
}
