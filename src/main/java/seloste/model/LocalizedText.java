package seloste.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Text the controller writes, one value per language. A {@code uniform} text was written once
 * as a plain string (a company name, a street address) and reads the same in every language.
 */
public record LocalizedText(Map<Language, String> values, Map<Language, SourcePosition> positions,
        boolean uniform, SourcePosition at) {

    public LocalizedText {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
        positions = Map.copyOf(positions);
        Objects.requireNonNull(at, "at");
    }

    public static LocalizedText uniform(String value, SourcePosition at) {
        Map<Language, String> v = new EnumMap<>(Language.class);
        Map<Language, SourcePosition> p = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            v.put(l, value);
            p.put(l, at);
        }
        return new LocalizedText(v, p, true, at);
    }

    /** The text in {@code language}, empty when it was not written or is blank. */
    public Optional<String> in(Language language) {
        String v = values.get(language);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** The text in {@code language}; callers check {@link #in} first where absence is possible. */
    public String get(Language language) {
        String v = values.get(language);
        return v == null || v.isBlank() ? "" : v;
    }

    public Set<Language> languages() {
        return values.keySet();
    }

    public SourcePosition positionOf(Language language) {
        return positions.getOrDefault(language, at);
    }
}
