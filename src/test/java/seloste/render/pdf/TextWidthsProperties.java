package seloste.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.util.XRLog;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** {@link TextWidths} measures every text as openhtmltopdf does, so that every line breaks where it did. */
class TextWidthsProperties {

    /**
     * Pieces of text: Finnish and Swedish words, punctuation a notice uses, and what the table leaves to
     * openhtmltopdf: a soft hyphen and a zero-width space (not printed), a control character, CJK letters
     * DejaVu lacks, and an emoji outside the Basic Multilingual Plane.
     */
    private static final List<String> FRAGMENTS = List.of("Rekisterinpitäjä", " ", "personuppgiftsansvarig",
            "Åbo", "ÄÖÅäöå", "é", "ü", "–", "—", "“", "”", "’", "€", "§", "\u00a0", "1.", "(EU) 2016/679", "\u00ad",
            "\u200b", "\u0007", "\t", "漢字", "😀", "https://example.fi/tietosuoja", "ﬁ", "Ω", "→");

    private static final List<String> FAMILIES = List.of("DejaVu Sans", "DejaVu Sans Mono", "serif");

    private static PdfBoxRenderer renderer;
    private static ParsedFonts.Faces faces;
    private static ParsedFonts fonts;
    /** One table for every try, as one document measures many texts. */
    private static TextWidths widths;

    @BeforeContainer
    static void fonts() {
        XRLog.setLoggerImpl(new SilentLogger());
        fonts = new ParsedFonts(BundledResources.load());
        faces = fonts.take();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent("<html><body><p>x</p></body></html>", LockDown.BASE_URI);
        renderer = builder.buildPdfRenderer();
        faces.addTo(renderer.getFontResolver(), renderer.getPdfDocument());
        widths = new TextWidths(renderer.getSharedContext());
        widths.setup(null, new SimpleBidiReorderer());
    }

    @AfterContainer
    static void close() {
        renderer.close();
        fonts.give(faces);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void measuresAsOpenhtmltopdf(@ForAll("texts") String text, @ForAll("families") String family,
            @ForAll boolean bold, @ForAll boolean italic, @ForAll("sizes") float size) {
        FSFont font = font(family, bold, italic, size);

        int measured = widths.getWidth(null, font, text);
        // again, now all from the table
        int again = widths.getWidth(null, font, text);

        PdfBoxTextRenderer openhtmltopdf = new PdfBoxTextRenderer();
        openhtmltopdf.setup(null, new SimpleBidiReorderer());
        int expected = openhtmltopdf.getWidth(null, font, text);
        String face = family + (bold ? " bold" : "") + (italic ? " italic" : "") + " at " + size;
        assertThat(measured).as("width of \"%s\" in %s", text, face).isEqualTo(expected);
        assertThat(again).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> families() {
        return Arbitraries.of(FAMILIES);
    }

    @Provide
    Arbitrary<Float> sizes() {
        // CSS pixels times openhtmltopdf's 20 dots per point, as the layout asks
        return Arbitraries.of(8f, 10.5f, 12f, 14.4f, 21f).map(px -> px * 20f * 0.75f);
    }

    private static FSFont font(String family, boolean bold, boolean italic, float size) {
        FontSpecification spec = new FontSpecification();
        spec.families = new String[] {family};
        spec.size = size;
        spec.fontWeight = bold ? IdentValue.FONT_WEIGHT_700 : IdentValue.FONT_WEIGHT_400;
        spec.fontStyle = italic ? IdentValue.ITALIC : IdentValue.NORMAL;
        spec.variant = IdentValue.NORMAL;
        return renderer.getFontResolver().resolveFont(renderer.getSharedContext(), spec);
    }
}
