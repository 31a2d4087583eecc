package seloste.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import seloste.model.Notice;

/**
 * The material changes to one notice, with both versions of it.
 *
 * @param before the notice at the earlier revision; empty when it is new
 * @param after the notice now; empty when it was removed
 */
public record NoticeDiff(String id, Optional<Notice> before, Optional<Notice> after, List<MaterialChange> changes) {

    public NoticeDiff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
    }

    /**
     * True when a notice that existed before changed materially but still has the same version or the
     * same effective date, so readers cannot tell which text applies from when.
     */
    public boolean versionUnchanged() {
        if (before.isEmpty() || after.isEmpty() || changes.isEmpty()) {
            return false;
        }
        return before.get().version().equals(after.get().version())
                || before.get().effective().equals(after.get().effective());
    }
}
