package seloste.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared definitions of one schema document, and the helpers that build schema nodes. A value the
 * loader treats as absent when written as {@code null} is nullable here; {@link #nonNull} takes that
 * back for a key the loader requires.
 */
final class Defs {

    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> defs = new LinkedHashMap<>();

    /** Adds a definition and returns a reference to it. */
    ObjectNode define(String name, ObjectNode schema) {
        if (defs.putIfAbsent(name, schema) != null) {
            throw new IllegalStateException("defined twice: " + name);
        }
        return ref(name);
    }

    ObjectNode ref(String name) {
        if (!defs.containsKey(name)) {
            throw new IllegalStateException("not defined: " + name);
        }
        return F.objectNode().put("$ref", "#/$defs/" + name);
    }

    boolean has(String name) {
        return defs.containsKey(name);
    }

    ObjectNode all() {
        ObjectNode out = F.objectNode();
        defs.forEach(out::set);
        return out;
    }

    /** The same schema without {@code null}: for a key that must be written with a value. */
    ObjectNode nonNull(ObjectNode schema) {
        ObjectNode out = schema.deepCopy();
        JsonNode type = out.has("$ref") ? defs.get(out.get("$ref").asText().substring("#/$defs/".length()))
                .get("type") : out.get("type");
        if (type != null) {
            out.set("type", without(type, "null"));
        }
        if (out.get("enum") instanceof ArrayNode values) {
            for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i).isNull()) {
                    values.remove(i);
                    if (out.get("enumDescriptions") instanceof ArrayNode docs && docs.size() > i) {
                        docs.remove(i);
                    }
                }
            }
        }
        return out;
    }

    private static JsonNode without(JsonNode type, String name) {
        if (!type.isArray()) {
            return type;
        }
        ArrayNode kept = F.arrayNode();
        type.forEach(t -> {
            if (!t.asText().equals(name)) {
                kept.add(t);
            }
        });
        return kept.size() == 1 ? kept.get(0) : kept;
    }

    /** {@code {"type": ...}} with one type, or an array of several. */
    static ObjectNode types(String... types) {
        ObjectNode n = F.objectNode();
        if (types.length == 1) {
            n.put("type", types[0]);
        } else {
            ArrayNode a = n.putArray("type");
            for (String t : types) {
                a.add(t);
            }
        }
        return n;
    }

    static ObjectNode describe(ObjectNode schema, String description) {
        ObjectNode out = F.objectNode();
        out.put("description", description);
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("description")) {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return out;
    }
}
