package seloste.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A translated text as it stood when its translations were last confirmed after review: a
 * fingerprint of each language's text, read from a translation lock file kept beside the sources.
 *
 * @param kind what owns the text: {@code notice}, {@code controller} or {@code recipient}
 * @param id the owner's id
 * @param field where the text is inside its owner, by YAML keys and item ids: {@code purposes[orders].description}
 * @param fingerprints a fingerprint of each language's text at the time of confirmation
 * @param at the line of the lock file that records it
 */
public record Confirmation(String kind, String id, String field, Map<Language, String> fingerprints,
        SourcePosition at) {

    public Confirmation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        fingerprints = fingerprints.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fingerprints));
        Objects.requireNonNull(at, "at");
    }

    /** The owner and field as one key: {@code notice customers purposes[orders].description}. */
    public String key() {
        return kind + " " + id + " " + field;
    }
}
