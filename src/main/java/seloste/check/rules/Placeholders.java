package seloste.check.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Origin;
import seloste.model.SourcePosition;

/**
 * Every piece of text a source file gives, with its position: each language of each text, and each plain
 * value such as a postal code or a version, which is found under its YAML key (the component's name in
 * snake case) in the record's origin.
 */
final class Placeholders {

    /** @param what how a message names it: "en text" or "value of 'postal_code'" */
    record Value(String text, String what, SourcePosition at) {
    }

    private Placeholders() {
    }

    /** The pieces of text in {@code source} that {@code wanted} accepts; the others are not described. */
    static List<Value> in(Record source, Predicate<String> wanted) {
        List<Value> out = new ArrayList<>();
        collect(source, "", null, wanted, out);
        return out;
    }

    private static void collect(Object value, String key, Origin origin, Predicate<String> wanted, List<Value> out) {
        if (value instanceof Origin || value instanceof SourcePosition) {
            return;
        }
        if (value instanceof LocalizedText t) {
            for (Language l : Wording.languagesOf(t)) {
                if (wanted.test(t.get(l))) {
                    out.add(new Value(t.get(l), t.uniform() ? "value of '" + key + "'" : l.code() + " text",
                            t.positionOf(l)));
                }
            }
        } else if (value instanceof String s && origin != null) {
            if (wanted.test(s)) {
                out.add(new Value(s, "value of '" + key + "'", origin.of(key)));
            }
        } else if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                collect(o.get(), key, origin, wanted, out);
            }
        } else if (value instanceof Collection<?> c) {
            for (Object v : c) {
                collect(v, key, origin, wanted, out);
            }
        } else if (value instanceof Record r && r.getClass().getPackageName().equals("seloste.model")) {
            List<Texts.Component> components = Texts.components(r.getClass());
            Object[] values = new Object[components.size()];
            Origin own = null;
            for (int i = 0; i < values.length; i++) {
                values[i] = components.get(i).read(r);
                if (values[i] instanceof Origin o) {
                    own = o;
                }
            }
            for (int i = 0; i < values.length; i++) {
                collect(values[i], components.get(i).key(), own, wanted, out);
            }
        }
    }
}
