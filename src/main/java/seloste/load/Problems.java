package seloste.load;

import java.util.ArrayList;
import java.util.List;
import seloste.model.SourcePosition;

/** Collects the problems of one load; not thread-safe, one per load. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

    void add(String ruleId, SourcePosition at, String message) {
        list.add(new Problem(ruleId, message, at));
    }

    List<Problem> all() {
        return List.copyOf(list);
    }
}
