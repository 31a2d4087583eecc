package seloste.model;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of a notice's change log. */
public record Change(String version, LocalDate date, LocalizedText summary, Origin origin) {

    public Change {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(origin, "origin");
    }
}
