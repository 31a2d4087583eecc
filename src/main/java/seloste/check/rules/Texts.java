package seloste.check.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import seloste.model.LocalizedText;

/** Every {@link LocalizedText} inside a model record, found by walking its components. */
final class Texts {

    private Texts() {
    }

    static List<LocalizedText> in(Object value) {
        List<LocalizedText> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    private static void collect(Object value, List<LocalizedText> out) {
        if (value instanceof LocalizedText t) {
            out.add(t);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> collect(v, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, out));
        } else if (value instanceof Record r && r.getClass().getPackageName().equals("seloste.model")) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                collect(read(rc, r), out);
            }
        }
    }

    private static Object read(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("model accessor " + rc + " failed", e);
        }
    }
}
