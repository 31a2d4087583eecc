package seloste.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns view records into the only things templates may see: maps, lists, strings, numbers and
 * booleans. A record becomes a map of its components; an empty {@link Optional} becomes a missing
 * key, so templates test it with {@code ??}. Maps come out sorted by key, so nothing depends on
 * hash order.
 */
final class TemplateModels {

    /**
     * The components of each record class, looked up once: {@link Class#getRecordComponents()} calls
     * into the VM and looks up every accessor again on each call, and a notice's view is hundreds of
     * records of a few dozen classes.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private TemplateModels() {
    }

    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(TemplateModels::of).orElse(null);
        }
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                Object converted = of(read(component, record));
                if (converted != null) {
                    map.put(component.getName(), converted);
                }
            }
            return map;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(of(item));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(String.valueOf(e.getKey()), of(e.getValue()));
            }
            return out;
        }
        throw new IllegalArgumentException("not a view value: " + value.getClass().getName());
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a view record", e);
        }
    }
}
