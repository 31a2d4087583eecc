package seloste.model;

import java.util.Locale;
import java.util.Optional;

/** A language a notice can be published in. Declaration order is output order. */
public enum Language {
    FI, SV, EN;

    /** The ISO 639-1 code used in YAML, file paths and {@code lang} attributes. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language l : values()) {
            if (l.code().equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
