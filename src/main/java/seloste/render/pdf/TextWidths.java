package seloste.render.pdf;

import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.util.OpenUtil;
import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * openhtmltopdf's measuring and drawing of text, with the advance of each character read from the
 * font once per document instead of at every measurement.
 *
 * <p>The layout measures every word, and parts of words, each time it tries to fit a line, and the
 * output device measures every text it draws to learn whether the first font has all its letters.
 * PDFBox answers each measure by encoding the text into the font's codes, decoding the codes again
 * (with a stream and a lambda per character) and adding up their widths: a quarter of the time of a
 * PDF. A width here is the same sum, in the same order and in the same {@code float}s, of the widths
 * PDFBox gives each character alone, so every line breaks where it did; a text whose letters are all
 * in the table is in the font, so it is drawn as the device would draw it after its own measure, and
 * the PDF keeps its bytes. Text the table cannot answer (a character outside the Basic Multilingual
 * Plane, one that is not printed, one the font lacks) is left to openhtmltopdf, fallback fonts and all.
 */
final class TextWidths extends PdfBoxTextRenderer {

    /** Copied from {@link PdfBoxTextRenderer}: a width this close above a whole number is rounded down. */
    private static final float TEXT_MEASURING_DELTA = 0.01f;
    /** A character not read from the font yet; a width is never negative. */
    private static final float UNREAD = Float.NEGATIVE_INFINITY;
    /** A character this table does not measure. */
    private static final float UNMEASURED = Float.NaN;

    private final SharedContext context;
    /** Per font, the widths of the characters read so far in 256 pages of 256, in thousandths of an em. */
    private final Map<PDFont, float[][]> fonts = new IdentityHashMap<>();
    /** The font of each style's font specification drawn with so far, as the output device is given it. */
    private final Map<FontSpecification, FSFont> drawn = new IdentityHashMap<>();

    /** @param context the shared context of the renderer this measures for, which resolves its fonts */
    TextWidths(SharedContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public int getWidth(FontContext fontContext, FSFont font, String string) {
        FontDescription first = firstDescription(font);
        float sum = first == null || first.getFont() == null ? UNMEASURED : sum(first.getFont(), string);
        if (Float.isNaN(sum)) {
            return super.getWidth(fontContext, font, string);
        }
        float result = sum / 1000f * font.getSize2D();
        return result - Math.floor(result) < TEXT_MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y) {
        drawString(device, string, x, y, null);
    }

    /**
     * Draws as {@code PdfBoxFastOutputDevice.drawString} does, without its measure. Every caller in
     * openhtmltopdf gives the device the font specification of the text's style and then the font
     * resolved from it before it draws, so the font resolved here from the specification is the one the
     * device holds.
     */
    @Override
    public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        if (device instanceof PdfBoxOutputDevice pdf && device instanceof AbstractOutputDevice painter
                && painter.getFontSpecification() != null) {
            FSFont font = drawn.computeIfAbsent(painter.getFontSpecification(), context::getFont);
            FontDescription first = firstDescription(font);
            // all measured: all printable, so the device would draw the text as it is, and all in the font
            if (first != null && first.getFont() != null && !Float.isNaN(sum(first.getFont(), string))) {
                pdf.drawStringFast(string, x, y, info, first, font.getSize2D());
                return;
            }
        }
        super.drawString(device, string, x, y, info);
    }

    /** The font openhtmltopdf measures and draws with first, or null when it has none. */
    private static FontDescription firstDescription(FSFont font) {
        List<FontDescription> descriptions = ((PdfBoxFSFont) font).getFontDescriptions();
        return descriptions == null || descriptions.isEmpty() ? null : descriptions.get(0);
    }

    /** The width of {@code string} in thousandths of an em, as PDFBox adds it up, or NaN if not all measured. */
    private float sum(PDFont font, String string) {
        float[][] pages = fonts.computeIfAbsent(font, f -> new float[256][]);
        float sum = 0f;
        for (int i = 0; i < string.length(); i++) {
            float width = width(font, pages, string.charAt(i));
            if (Float.isNaN(width)) {
                return UNMEASURED;
            }
            sum += width;
        }
        return sum;
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
