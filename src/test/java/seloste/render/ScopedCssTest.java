package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The page stylesheet rewritten to apply inside the embeddable fragment only. */
class ScopedCssTest {

    private static String scope(String css) {
        return ScopedCss.scope(css, ".seloste-notice");
    }

    @Test
    void everySelectorIsPutUnderTheScope() {
        assertThat(scope("h2, .toc li > a:hover { color: red; }\ntable td::before { content: attr(data-label) \": \"; }"))
                .isEqualTo(".seloste-notice h2, .seloste-notice .toc li > a:hover {color: red;}\n"
                        + ".seloste-notice table td::before {content: attr(data-label) \": \";}\n");
    }

    @Test
    void theDocumentRootBecomesTheScopeElement() {
        assertThat(scope("body { margin: 0 }")).isEqualTo(".seloste-notice {margin: 0}\n");
        assertThat(scope("html body, :root { x: 1 }")).isEqualTo(".seloste-notice, .seloste-notice {x: 1}\n");
        assertThat(scope("body.dark p, html .x, tbody { y: 2 }"))
                .isEqualTo(".seloste-notice.dark p, .seloste-notice .x, .seloste-notice tbody {y: 2}\n");
    }

    @Test
    void mediaBlocksAreScopedInsideAndPageRulesCommentsAndImportsAreLeftOut() {
        String css = """
                @import url("https://fonts.example/x.css");
                /* a comment with { braces } */
                @page { size: A4; @bottom-center { content: counter(page) " / " counter(pages); } }
                @media print { h2 { page-break-after: avoid; } }
                @font-face { font-family: X; src: url(x.woff); }
                p { margin: 0; }
                """;
        assertThat(scope(css)).isEqualTo("@media print {\n.seloste-notice h2 {page-break-after: avoid;}\n}\n"
                + ".seloste-notice p {margin: 0;}\n");
    }

    @Test
    void commasInsideParenthesesOrStringsDoNotSplitASelector() {
        assertThat(scope(":is(h2, h3) , a[title=\"a, b\"] { z: 3 }"))
                .isEqualTo(".seloste-notice :is(h2, h3), .seloste-notice a[title=\"a, b\"] {z: 3}\n");
    }

    @Test
    void theDataUrlCarriesTheStylesheetUnchanged() {
        String url = ScopedCss.dataUrl(".x { content: \"å\"; }");
        assertThat(url).startsWith("data:text/css;charset=utf-8;base64,");
        assertThat(new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8))
                .isEqualTo(".x { content: \"å\"; }");
    }
}
