package seloste.render.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.util.OpenUtil;
import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * openhtmltopdf's measure of text, with the advance of each character read from the font once per
 * document instead of at every measurement.
 *
 * <p>The layout measures every word, and parts of words, each time it tries to fit a line; PDFBox
 * answers each of those by encoding the text into the font's codes, decoding the codes again (with a
 * stream and a lambda per character) and adding up their widths. That was a sixth of the time of a
 * PDF. A width here is the same sum, in the same order and in the same {@code float}s, of the widths
 * PDFBox gives each character alone, so every line breaks where it did and the PDF keeps its bytes.
 * Text that the table cannot answer (a character outside the Basic Multilingual Plane, one that is
 * not printed, one the font lacks) is measured by openhtmltopdf itself, fallback fonts and all.
 */
final class TextWidths extends PdfBoxTextRenderer {

    /** Copied from {@link PdfBoxTextRenderer}: a width this close above a whole number is rounded down. */
    private static final float TEXT_MEASURING_DELTA = 0.01f;
    /** A character not read from the font yet; a width is never negative. */
    private static final float UNREAD = Float.NEGATIVE_INFINITY;
    /** A character this table does not measure. */
    private static final float UNMEASURED = Float.NaN;

    /** Per font, the widths of the characters read so far in 256 pages of 256, in thousandths of an em. */
    private final Map<PDFont, float[][]> fonts = new IdentityHashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        List<FontDescription> descriptions = ((PdfBoxFSFont) font).getFontDescriptions();
        PDFont first = descriptions == null || descriptions.isEmpty() ? null : descriptions.get(0).getFont();
        if (first == null) {
            return super.getWidth(context, font, string);
        }
        float[][] pages = fonts.computeIfAbsent(first, f -> new float[256][]);
        float sum = 0f;
        for (int i = 0; i < string.length(); i++) {
            float width = width(first, pages, string.charAt(i));
            if (Float.isNaN(width)) {
                return super.getWidth(context, font, string);
            }
            sum += width;
        }
        float result = sum / 1000f * font.getSize2D();
        return result - Math.floor(result) < TEXT_MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    private static float width(PDFont font, float[][] pages, char c) {
        float[] page = pages[c >>> 8];
        if (page == null) {
            page = new float[256];
            Arrays.fill(page, UNREAD);
            pages[c >>> 8] = page;
        }
        float width = page[c & 0xff];
        if (width == UNREAD) {
            width = read(font, c);
            page[c & 0xff] = width;
        }
        return width;
    }

    /** What PDFBox adds for {@code c} when it measures a text: the width of its code in the font. */
    private static float read(PDFont font, char c) {
        if (Character.isSurrogate(c) || !OpenUtil.isCodePointPrintable(c)) {
            return UNMEASURED;
        }
        try {
            return font.getStringWidth(String.valueOf(c));
        } catch (IllegalArgumentException | IOException e) {
            // not in the font: openhtmltopdf finds a fallback, or reports it
            return UNMEASURED;
        }
    }
}
