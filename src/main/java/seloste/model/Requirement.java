package seloste.model;

import java.util.Objects;
import java.util.Optional;

/** Whether the data subject must provide the data, and what follows if they do not (Art. 13(2)(e)). */
public record Requirement(RequirementKind kind, Optional<LocalizedText> consequence, Origin origin) {

    public Requirement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(origin, "origin");
    }
}
