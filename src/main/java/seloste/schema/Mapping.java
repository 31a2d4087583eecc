package seloste.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A YAML mapping read by the loader: the keys it reads, which of them it requires, and nothing else
 * (the loader reports every other key). Every mapping may carry a {@code waive:} list.
 */
final class Mapping {

    private final Defs defs;
    private final ObjectNode properties = Defs.F.objectNode();
    private final ArrayNode required = Defs.F.arrayNode();
    private final ObjectNode extra = Defs.F.objectNode();

    Mapping(Defs defs) {
        this.defs = defs;
    }

    /** A key the loader reports as missing when it is absent or written without a value. */
    Mapping required(String key, ObjectNode schema, String description) {
        properties.set(key, Defs.describe(defs.nonNull(schema), description));
        required.add(key);
        return this;
    }

    Mapping optional(String key, ObjectNode schema, String description) {
        properties.set(key, Defs.describe(schema, description));
        return this;
    }

    /** Further keywords on the mapping itself, such as {@code if}/{@code then}. */
    Mapping with(String keyword, ObjectNode schema) {
        extra.set(keyword, schema);
        return this;
    }

    /**
     * @param nullable whether the mapping may be written as {@code null} (an optional mapping such as
     *     {@code visiting_address:}); a list item may not
     */
    ObjectNode build(String description, boolean nullable) {
        ObjectNode n = Defs.F.objectNode();
        n.put("description", description);
        n.setAll(nullable ? Defs.types("object", "null") : Defs.types("object"));
        ObjectNode props = properties.deepCopy();
        if (!props.has("waive")) {
            props.set("waive", Defs.describe(defs.ref(Common.WAIVERS), Common.WAIVE_DOC));
        }
        n.set("properties", props);
        if (!required.isEmpty()) {
            n.set("required", required.deepCopy());
        }
        n.put("additionalProperties", false);
        n.setAll(extra);
        return n;
    }
}
