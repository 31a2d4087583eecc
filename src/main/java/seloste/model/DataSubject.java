package seloste.model;

import java.util.Objects;
import java.util.Optional;

/** A category of data subjects: customers, contact persons of business customers, applicants. */
public record DataSubject(String id, LocalizedText name, Optional<LocalizedText> description, Origin origin) {

    public DataSubject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(origin, "origin");
    }
}
