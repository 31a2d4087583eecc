package seloste.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintMediaCssTest {

    @Test
    void liftsPageRulesOutOfPrintMedia() {
        String css = "body { color: black; }\n"
                + "@media print {\n  @page { size: A4; @bottom-center { content: \"Sivu \" counter(page); } }\n"
                + "  h2 { break-after: avoid; }\n}\n"
                + "p { margin: 0; }";

        assertThat(PrintMediaCss.unwrap(css)).isEqualTo("body { color: black; }\n"
                + "\n  @page { size: A4; @bottom-center { content: \"Sivu \" counter(page); } }\n"
                + "  h2 { break-after: avoid; }\n\n"
                + "p { margin: 0; }");
    }

    @Test
    void leavesOtherMediaCommentsAndStringsAlone() {
        String css = "@media screen { body { max-width: 40em; } }\n"
                + "/* @media print { x { } } */\n"
                + "p::before { content: \"@media print {\"; }";

        assertThat(PrintMediaCss.unwrap(css)).isEqualTo(css);
    }

    @Test
    void handlesBracesInStringsAndUnclosedBlocks() {
        assertThat(PrintMediaCss.unwrap("@MEDIA print{p::after{content:\"}\"}}"))
                .isEqualTo("p::after{content:\"}\"}");
        assertThat(PrintMediaCss.unwrap("@media print { p { color: red; }"))
                .isEqualTo("@media print { p { color: red; }");
    }
}
