package seloste.load;

import java.util.ArrayList;
import java.util.List;
import seloste.model.SourcePosition;
import seloste.model.Waiver;

/** Collects the problems of one load, and the waivers met on the way; not thread-safe: one per file read, merged in file order. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();
    private final List<Waiver> waivers = new ArrayList<>();

    void waiver(Waiver w) {
        waivers.add(w);
    }

    List<Waiver> waivers() {
        return List.copyOf(waivers);
    }

    void add(String ruleId, SourcePosition at, String message) {
        list.add(new Problem(ruleId, message, at));
    }

    /** Adds everything {@code other} collected, after what this one has. */
    void addAll(Problems other) {
        list.addAll(other.list);
        waivers.addAll(other.waivers);
    }

    List<Problem> all() {
        return List.copyOf(list);
    }
}
