package seloste.model;

import java.util.Map;
import java.util.Objects;

/**
 * Where a record and each of its fields were written. Fields are named by their YAML keys;
 * a field that was not written falls back to the record's own position.
 */
public record Origin(SourcePosition at, Map<String, SourcePosition> fields) {

    public Origin {
        Objects.requireNonNull(at, "at");
        fields = Map.copyOf(fields);
    }

    public static Origin of(SourcePosition at) {
        return new Origin(at, Map.of());
    }

    /** The position of the value of {@code key}, or of the record when the key is absent. */
    public SourcePosition of(String key) {
        return fields.getOrDefault(key, at);
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }
}
