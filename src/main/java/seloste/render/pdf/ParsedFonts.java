package seloste.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts, parsed once and reused by every PDF instead of parsed again for each.
 *
 * <p>A parsed {@link TrueTypeFont} reads its glyphs from one shared buffer, so it serves one render
 * at a time: a render {@link #take() takes} a set of all the faces and {@link #give(Faces) gives} it
 * back when its PDF is saved. There are never more sets than renders running at once.
 *
 * <p>The faces are parsed with glyph substitution (the OpenType GSUB table) turned off, so the PDF sets
 * each letter with its own glyph and never a ligature such as "ff" or "fi". Typesetting rules keep
 * ligatures out of the seam between the parts of a compound word, Finnish and Swedish are full of
 * compounds, and no font table knows where the seams are; text extraction and screen readers also get
 * plain letters back more reliably. PDFBox would otherwise run DejaVu's Latin lookups over every word,
 * a third of the time of the PDF stage.
 */
final class ParsedFonts {

    private final BundledResources resources;
    private final ConcurrentLinkedQueue<Faces> idle = new ConcurrentLinkedQueue<>();

    ParsedFonts(BundledResources resources) {
        this.resources = resources;
    }

    /** A set of every bundled face for one render: an idle one, or a new one. */
    Faces take() {
        Faces set = idle.poll();
        return set != null ? set : new Faces(this);
    }

    /** Returns a set taken with {@link #take()} once the render that used it has saved its PDF. */
    void give(Faces set) {
        idle.add(set);
    }

    private TrueTypeFont parse(FontFace face) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(resources.font(face)));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("could not parse the bundled font " + face.resource(), e);
        }
    }

    /**
     * Every bundled face for one render at a time, each parsed when a render first uses it: most
     * notices use two of the eight, and a one-notice rebuild should not wait for the others.
     */
    static final class Faces {

        private final ParsedFonts source;
        private final Map<String, TrueTypeFont> fonts = new HashMap<>();

        private Faces(ParsedFonts source) {
            this.source = source;
        }

        private TrueTypeFont font(FontFace face) {
            return fonts.computeIfAbsent(face.resource(), r -> source.parse(face));
        }

        /**
         * Offers every face to the renderer of {@code pdf}: DejaVu Sans as the fallback for every family
         * we do not have, DejaVu Sans Mono under its own name and {@code monospace}. A face is embedded
         * (as a subset) only when the layout first asks for it.
         */
        void addTo(PdfBoxFontResolver resolver, PDDocument pdf) {
            for (FontFace face : FontFace.BUNDLED) {
                resolver.addFont(new Lazy(pdf, () -> font(face), face.resource()), face.family(), face.weight(), ident(face.style()), true,
                        face.fallback() ? FontGroup.PRE_BUILT_IN_FALLBACK : FontGroup.MAIN);
            }
        }

        private static IdentValue ident(FontStyle style) {
            return style == FontStyle.ITALIC ? IdentValue.ITALIC : IdentValue.NORMAL;
        }
    }

    /** Embeds a face into one document the first time the layout needs it. */
    private static final class Lazy extends PDFontSupplier {

        private final PDDocument pdf;
        private final Supplier<TrueTypeFont> font;
        private final String resource;

        Lazy(PDDocument pdf, Supplier<TrueTypeFont> font, String resource) {
            super(null);
            this.pdf = pdf;
            this.font = font;
            this.resource = resource;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(pdf, font.get(), true);
            } catch (IOException e) {
                throw new UncheckedIOException("could not embed " + resource, e);
            }
        }
    }
}
