package seloste.model;

import java.util.Locale;

/** An enum whose constants are written in YAML as lower-case keywords ({@code legal_obligation}). */
public interface Keyword {

    String name();

    default String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
