package seloste.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source of personal data (Art. 14(2)(f)).
 *
 * @param publiclyAccessible whether the source is publicly accessible
 * @param data ids of the categories obtained from it; empty means all
 */
public record Source(String id, SourceKind kind, Optional<LocalizedText> description, boolean publiclyAccessible,
        List<String> data, Origin origin) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        data = List.copyOf(data);
        Objects.requireNonNull(origin, "origin");
    }
}
