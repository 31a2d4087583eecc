package seloste.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.util.List;
import java.util.Objects;

/**
 * One bundled TrueType face: where it lives on the classpath and the CSS family, weight and style
 * it answers to.
 *
 * @param resource absolute classpath resource of the TTF file
 * @param family CSS {@code font-family} name
 * @param weight CSS weight, 400 or 700
 * @param style normal or italic
 * @param fallback whether text in a family we do not have falls back to this face
 */
record FontFace(String resource, String family, int weight, FontStyle style, boolean fallback) {

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";

    /**
     * The faces the PDF stage embeds: DejaVu Sans in four faces, which is also the fallback for
     * any family we do not have, and DejaVu Sans Mono, also under the generic name
     * {@code monospace}.
     */
    static final List<FontFace> BUNDLED = List.of(
            sans("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            sans("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            sans("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            sans("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC),
            mono("DejaVu Sans Mono", "DejaVuSansMono.ttf", 400, FontStyle.NORMAL),
            mono("DejaVu Sans Mono", "DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL),
            mono("DejaVu Sans Mono", "DejaVuSansMono-Oblique.ttf", 400, FontStyle.ITALIC),
            mono("DejaVu Sans Mono", "DejaVuSansMono-BoldOblique.ttf", 700, FontStyle.ITALIC),
            mono("monospace", "DejaVuSansMono.ttf", 400, FontStyle.NORMAL),
            mono("monospace", "DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL),
            mono("monospace", "DejaVuSansMono-Oblique.ttf", 400, FontStyle.ITALIC),
            mono("monospace", "DejaVuSansMono-BoldOblique.ttf", 700, FontStyle.ITALIC));

    FontFace {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(style, "style");
    }

    private static FontFace sans(String file, int weight, FontStyle style) {
        return new FontFace(DIR + file, "DejaVu Sans", weight, style, true);
    }

    private static FontFace mono(String family, String file, int weight, FontStyle style) {
        return new FontFace(DIR + file, family, weight, style, false);
    }
}
