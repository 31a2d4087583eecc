package seloste.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A category of personal data (Art. 14(1)(d)).
 *
 * @param special which Art. 9(1) category, present only when {@code kind} is {@link CategoryKind#SPECIAL}
 * @param examples the data items the category consists of, for the reader
 */
public record DataCategory(String id, LocalizedText name, CategoryKind kind, Optional<SpecialCategory> special,
        Optional<LocalizedText> examples, Origin origin) {

    public DataCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(special, "special");
        Objects.requireNonNull(examples, "examples");
        Objects.requireNonNull(origin, "origin");
    }
}
