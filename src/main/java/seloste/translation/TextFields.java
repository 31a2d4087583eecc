package seloste.translation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import seloste.model.Controller;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Recipient;
import seloste.model.Repository;

/**
 * Every translated text of a repository, each under a path made of the YAML keys that lead to it and
 * the ids of the list items on the way ({@code purposes[orders].description}), so that the path stays
 * the same when items are added or reordered. An item without an id is named by its recipient, cookie
 * name or version, and only where it has none of them, or shares it with another item, by its
 * position counted from 1 ({@code security[2]}). Texts written once as a plain string read the same in
 * every language and are not translations, so they are left out.
 */
public final class TextFields {

    /** Record components whose YAML key is not the component name in snake case. */
    private static final Map<String, String> KEYS = Map.of(
            "Notice.subjects", "data_subjects",
            "Notice.categories", "data_categories");
    /** Components that name a list item, in order of preference. */
    private static final List<String> ITEM_NAMES = List.of("id", "recipient", "name", "version");

    private TextFields() {
    }

    public static List<TextField> of(Repository repository) {
        List<TextField> out = new ArrayList<>();
        for (Controller c : repository.controllers()) {
            walk(c, "", new Owner("controller", c.id(), c.origin().at().file(), Optional.empty()), out);
        }
        for (Recipient r : repository.recipients()) {
            walk(r, "", new Owner("recipient", r.id(), r.origin().at().file(), Optional.empty()), out);
        }
        for (Notice n : repository.notices()) {
            walk(n, "", new Owner("notice", n.id(), n.origin().at().file(), Optional.of(n.id())), out);
        }
        return List.copyOf(out);
    }

    private record Owner(String kind, String id, String file, Optional<String> notice) {
    }

    private static void walk(Object value, String path, Owner owner, List<TextField> out) {
        if (value instanceof LocalizedText t) {
            if (!t.uniform() && !t.values().isEmpty()) {
                out.add(new TextField(owner.kind(), owner.id(), path, t, owner.file(), owner.notice()));
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, path, owner, out));
        } else if (value instanceof Collection<?> c) {
            List<?> items = List.copyOf(c);
            List<String> names = itemNames(items);
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), path + "[" + names.get(i) + "]", owner, out);
            }
        } else if (value instanceof Record r && r.getClass().getPackageName().equals("seloste.model")) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                if (rc.getName().equals("origin")) {
                    continue;
                }
                String key = KEYS.getOrDefault(r.getClass().getSimpleName() + "." + rc.getName(), snake(rc.getName()));
                walk(read(rc, r), path.isEmpty() ? key : path + "." + key, owner, out);
            }
        }
    }

    /**
     * Each item's name: its id (or recipient, name, version), or its position counted from 1 where it has
     * none or shares it with another item of the list.
     */
    private static List<String> itemNames(List<?> items) {
        List<Optional<String>> names = items.stream().map(TextFields::itemName).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<String> name = names.get(i);
            boolean unique = name.isPresent() && names.stream().filter(name::equals).count() == 1;
            out.add(unique ? name.get().replaceAll("\\s", "_") : Integer.toString(i + 1));
        }
        return out;
    }

    private static Optional<String> itemName(Object item) {
        for (String component : ITEM_NAMES) {
            Optional<String> v = stringComponent(item, component).filter(n -> !n.isBlank());
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> stringComponent(Object item, String name) {
        if (!(item instanceof Record r)) {
            return Optional.empty();
        }
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            if (rc.getName().equals(name) && rc.getType() == String.class) {
                return Optional.of((String) read(rc, r));
            }
        }
        return Optional.empty();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Object read(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("model accessor " + rc + " failed", e);
        }
    }
}
