package seloste.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes the PDF stage needs from the classpath, read once: font files, the sRGB ICC profile
 * and the base stylesheet. Instances are immutable and shared between concurrent renders.
 */
final class BundledResources {

    private static final String ICC = "/seloste/render/pdf/sRGB.icc";
    private static final String BASE_CSS = "/seloste/render/pdf/pdf-base.css";

    private final Map<String, byte[]> fonts;
    private final byte[] icc;
    private final String baseCss;

    private BundledResources(Map<String, byte[]> fonts, byte[] icc, String baseCss) {
        this.fonts = Map.copyOf(fonts);
        this.icc = icc;
        this.baseCss = baseCss;
    }

    /**
     * Reads every bundled resource.
     *
     * @throws IllegalStateException if one is missing from the classpath, which means a broken
     *     build rather than bad input
     */
    static BundledResources load() {
        Map<String, byte[]> fonts = new LinkedHashMap<>();
        for (FontFace face : FontFace.BUNDLED) {
            fonts.computeIfAbsent(face.resource(), BundledResources::read);
        }
        return new BundledResources(fonts, read(ICC), new String(read(BASE_CSS), StandardCharsets.UTF_8));
    }

    /** The TrueType bytes of a face; callers must not modify the array. */
    byte[] font(FontFace face) {
        byte[] bytes = fonts.get(face.resource());
        if (bytes == null) {
            throw new IllegalArgumentException("font not bundled: " + face.resource());
        }
        return bytes;
    }

    /** The raw sRGB ICC profile, exactly as shipped; callers must not modify the array. */
    byte[] icc() {
        return icc;
    }

    /** The base stylesheet that goes before the document's own styles. */
    String baseCss() {
        return baseCss;
    }

    private static byte[] read(String resource) {
        try (InputStream in = BundledResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
