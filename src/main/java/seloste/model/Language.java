package seloste.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language a notice can be published in. Declaration order is output order. */
public enum Language {
    FI, SV, EN;

    private static final List<Language> ALL = List.of(values());

    // made once: the code is asked for with every text value read and every file and attribute written
    private final String code = name().toLowerCase(Locale.ROOT);

    /** The ISO 639-1 code used in YAML, file paths and {@code lang} attributes. */
    public String code() {
        return code;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language l : ALL) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
