package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Markdown and YAML-string escaping: values come out as literal text. */
class MarkdownOutputFormatTest {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    private static String escape(String s) {
        return MarkdownOutputFormat.INSTANCE.escapePlainText(s);
    }

    private static String toHtml(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }

    @Test
    void inlineSyntaxIsEscaped() {
        assertThat(escape("**x** _y_ `z` [a](javascript:alert(1)) <b>h</b> a|b &amp;"))
                .isEqualTo("\\*\\*x\\*\\* \\_y\\_ \\`z\\` \\[a\\](javascript:alert(1)) \\<b\\>h\\</b\\> a\\|b \\&amp;");
    }

    @Test
    void newlinesFoldToSpacesSoNoBlockCanStart() {
        assertThat(escape("line\n# heading\r\n1. item\n- item")).isEqualTo("line # heading 1. item - item");
    }

    @Test
    void blockMarkersAreEscapedAtTheStartOfAValue() {
        assertThat(escape("# heading")).isEqualTo("\\# heading");
        assertThat(escape("- item")).isEqualTo("\\- item");
        assertThat(escape("+ item")).isEqualTo("\\+ item");
        assertThat(escape("---")).isEqualTo("\\---");
        assertThat(escape("1. item")).isEqualTo("1\\. item");
        assertThat(escape("2) item")).isEqualTo("2\\) item");
        assertThat(escape("> quote")).isEqualTo("\\> quote");
    }

    @Test
    void ordinaryValuesStayReadable() {
        assertThat(escape("+358 9 123 4567")).isEqualTo("+358 9 123 4567");
        assertThat(escape("1.10")).isEqualTo("1.10");
        assertThat(escape("15.1.2026")).isEqualTo("15.1.2026");
        assertThat(escape("Kirjanpitolaki (1336/1997) 2 luku 10 §")).isEqualTo("Kirjanpitolaki (1336/1997) 2 luku 10 §");
        assertThat(escape("Örebro – Åland!")).isEqualTo("Örebro – Åland!");
    }

    @Test
    void bareUrlsAreBrokenUpSoTheyDoNotAutolink() {
        assertThat(escape("see http://example.com and www.example.com"))
                .isEqualTo("see http\\://example.com and www\\.example.com");
        assertThat(escape("WWW.EXAMPLE.COM")).isEqualTo("WWW\\.EXAMPLE.COM");
    }

    @Test
    void injectedMarkdownRendersAsLiteralText() {
        String hostile = "**x** [a](javascript:alert(1))\n# heading <script>alert(1)</script> http://example.com";
        String html = toHtml("- " + escape(hostile) + "\n");
        assertThat(html).doesNotContain("<strong>", "<a ", "<h1>", "<script>");
        assertThat(html).contains("**x**", "[a](javascript:alert(1))", "# heading", "&lt;script&gt;", "http://example.com");
    }

    @Test
    void eMailAddressesAreEscapedSoTheyDoNotAutolinkButStillWorkAsDestinations() {
        assertThat(escape("tietosuoja@om.fi")).isEqualTo("tietosuoja\\@om.fi");
        String html = toHtml("[" + escape("tietosuoja@om.fi") + "](mailto:" + escape("tietosuoja@om.fi") + ")\n");
        assertThat(html).contains("<a href=\"mailto:tietosuoja@om.fi\">tietosuoja@om.fi</a>");
    }

    @Test
    void anEscapedUrlStillWorksAsALinkDestination() {
        String url = "https://tietosuoja.fi/en?a=1&b=2_c";
        String html = toHtml("[" + escape(url) + "](" + escape(url) + ")\n");
        assertThat(html).contains("<a href=\"https://tietosuoja.fi/en?a=1&amp;b=2_c\">https://tietosuoja.fi/en?a=1&amp;b=2_c</a>");
    }

    @Test
    void yamlStringsCannotCloseTheirQuotesOrBreakTheLine() {
        assertThat(YamlStringOutputFormat.INSTANCE.escapePlainText("a \"b\" \\ c\nd\te\u0001"))
                .isEqualTo("a \\\"b\\\" \\\\ c\\nd\\te\\u0001");
        assertThat(YamlStringOutputFormat.INSTANCE.escapePlainText("Ab: <b>*x*</b> http://e.fi"))
                .isEqualTo("Ab: \\u003Cb\\u003E\\u002Ax\\u002A\\u003C/b\\u003E http\\u003A//e.fi");
    }
}
