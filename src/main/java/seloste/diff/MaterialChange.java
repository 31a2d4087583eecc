package seloste.diff;

import java.util.Objects;
import java.util.Optional;
import seloste.model.LocalizedText;
import seloste.model.SourcePosition;

/**
 * One material change to a notice.
 *
 * @param id the id of what changed: a purpose, data category or recipient; the notice for a whole notice
 * @param name what changed, as readers know it
 * @param at where the change is in the newer sources, or where the removed thing used to be listed
 */
public record MaterialChange(ChangeKind kind, String id, LocalizedText name, Optional<Term> before,
        Optional<Term> after, SourcePosition at) {

    public MaterialChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(at, "at");
    }
}
