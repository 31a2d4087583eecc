package seloste.ropa;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import seloste.model.Language;

/** The record's words in one language, from {@code seloste/ropa/<lang>.properties} (UTF-8). */
final class RopaTexts {

    private final Properties texts = new Properties();

    RopaTexts(Language language) {
        String name = "/seloste/ropa/" + language.code() + ".properties";
        try (InputStream in = RopaTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String t(String key) {
        String v = texts.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("no text for '" + key + "'");
        }
        return v;
    }

    /** The text with {@code {0}} replaced by {@code value}. */
    String t(String key, String value) {
        return t(key).replace("{0}", value);
    }
}
