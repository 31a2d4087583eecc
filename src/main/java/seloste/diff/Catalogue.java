package seloste.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import seloste.model.Language;

/** The phrases of the change list in one language, from {@code seloste/diff/changes_<lang>.properties}. */
final class Catalogue {

    private final Properties phrases = new Properties();
    private final Language language;

    Catalogue(Language language) {
        this.language = language;
        String name = "changes_" + language.code() + ".properties";
        try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing phrase file seloste/diff/" + name);
            }
            phrases.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Language language() {
        return language;
    }

    boolean has(String key) {
        return phrases.containsKey(key);
    }

    /** The phrase under {@code key} with each {@code {name}} replaced by its value. */
    String get(String key, Map<String, String> values) {
        String phrase = phrases.getProperty(key);
        if (phrase == null) {
            throw new IllegalStateException("no phrase " + key + " in " + language.code());
        }
        for (Map.Entry<String, String> v : values.entrySet()) {
            phrase = phrase.replace("{" + v.getKey() + "}", v.getValue());
        }
        return phrase;
    }

    String get(String key) {
        return get(key, Map.of());
    }

    /** Every key, for the test that the three languages have the same ones. */
    Set<String> keys() {
        return phrases.stringPropertyNames();
    }
}
