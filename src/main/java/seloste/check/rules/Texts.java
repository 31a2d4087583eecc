package seloste.check.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import seloste.model.LocalizedText;
import seloste.model.Notice;

/**
 * Every {@link LocalizedText} inside a model record, found by walking its components, each with the
 * path of YAML keys that leads to it in its file: {@code purposes[orders].description},
 * {@code postal_address.city}, {@code security[2]}. A list item is named by its id where it has one
 * (a recipient reference by the recipient, a cookie by its name, a change by its version), and
 * otherwise by its place in the list, counted from 1 as a reader counts.
 */
final class Texts {

    /** Components whose YAML key is not the component name in snake case. */
    private static final Map<String, String> KEYS = Map.of(
            Notice.class.getSimpleName() + ".subjects", "data_subjects",
            Notice.class.getSimpleName() + ".categories", "data_categories");

    /** Components that name a list item, in order of preference. */
    private static final List<String> ITEM_NAMES = List.of("id", "recipient", "name", "version");

    /** The components of each record class, looked up once: the model is walked for every notice. */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(rc -> new Component(key(type.getSimpleName(),
                    rc.getName()), accessible(rc.getAccessor()), rc.getType() == String.class
                    ? ITEM_NAMES.indexOf(rc.getName()) : -1)).toList();
        }
    };

    private Texts() {
    }

    /** A text and the path of YAML keys to it, e.g. {@code purposes[orders].description}. */
    record Located(String path, LocalizedText text) {
    }

    static List<LocalizedText> in(Object value) {
        List<Located> out = new ArrayList<>();
        collect(value, null, out);
        return out.stream().map(Located::text).toList();
    }

    /**
     * The path of {@code text}, one of the texts inside {@code value}, starting with {@code prefix}; rules
     * walk the cheap {@link #in} and ask for the path only of a text they report.
     */
    static String pathOf(Object value, String prefix, LocalizedText text) {
        return located(value, prefix).stream().filter(l -> l.text() == text).findFirst().map(Located::path)
                .orElse(prefix);
    }

    /** Every text inside {@code value}, with paths that start with {@code prefix} ("" for a file's root). */
    static List<Located> located(Object value, String prefix) {
        List<Located> out = new ArrayList<>();
        collect(value, prefix, out);
        return out;
    }

    /**
     * Collects the texts in {@code value} under {@code path}; with a null path, paths are not built. The
     * model of every notice is walked by several rules, so this loops without a lambda per value.
     */
    private static void collect(Object value, String path, List<Located> out) {
        if (value instanceof LocalizedText t) {
            out.add(new Located(path, t));
        } else if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                collect(o.get(), path, out);
            }
        } else if (value instanceof Collection<?> c) {
            int n = 0;
            for (Object item : c) {
                n++;
                collect(item, path == null ? null : path + "[" + itemName(item).orElse(Integer.toString(n)) + "]",
                        out);
            }
        } else if (value instanceof Record r && r.getClass().getPackageName().equals("seloste.model")) {
            for (Component c : COMPONENTS.get(r.getClass())) {
                collect(c.read(r), path == null ? null : path.isEmpty() ? c.key() : path + "." + c.key(), out);
            }
        }
    }

    /** The id, or other naming string, of a list item. */
    private static Optional<String> itemName(Object item) {
        if (!(item instanceof Record r)) {
            return Optional.empty();
        }
        return COMPONENTS.get(r.getClass()).stream().filter(c -> c.nameRank() >= 0)
                .sorted(Comparator.comparingInt(Component::nameRank))
                .map(c -> (String) c.read(r)).filter(s -> s != null && !s.isBlank()).findFirst();
    }

    /**
     * The accessor with the access check done once here rather than on every call, where it asks the
     * stack for its caller: the model's public accessors are read for every text of every notice.
     */
    private static Method accessible(Method accessor) {
        accessor.setAccessible(true);
        return accessor;
    }

    /** The components of a model record class, with their YAML keys, looked up once per class. */
    static List<Component> components(Class<?> type) {
        return COMPONENTS.get(type);
    }

    /** The YAML key of a record component: {@code legitimateInterest} is {@code legitimate_interest}. */
    static String key(String record, String component) {
        String special = KEYS.get(record + "." + component);
        if (special != null) {
            return special;
        }
        StringBuilder b = new StringBuilder(component.length() + 4);
        for (char ch : component.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /**
     * A record component: its YAML key, its accessor, and its rank among the components that name a
     * list item ({@link #ITEM_NAMES}), or -1.
     */
    record Component(String key, Method accessor, int nameRank) {

        Object read(Record r) {
            try {
                return accessor.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("model accessor " + accessor + " failed", e);
            }
        }
    }
}
