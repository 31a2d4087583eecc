package seloste.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import seloste.check.Checker;
import seloste.check.RuleInfo;

/**
 * The JSON Schemas of the source files, one per kind: {@code notice.schema.json},
 * {@code controller.schema.json}, {@code recipients.schema.json} and {@code settings.schema.json}.
 * They are built from the model's enums and the rule catalogue, so their keyword lists cannot drift.
 */
public final class Schemas {

    /** The folder of the repository, and of the output, that holds the schemas. */
    public static final String FOLDER = "schema";
    /** The draft the schemas are written in, which VS Code's YAML extension supports from 1.20. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Schemas() {
    }

    /** File name to schema text, sorted by name; the text ends with a newline. */
    public static SortedMap<String, String> all() {
        List<RuleInfo> rules = new Checker().catalogue();
        SortedMap<String, String> out = new TreeMap<>();
        Defs notice = defs(rules);
        out.put("notice.schema.json", render("seloste notice", NoticeSchema.root(notice), notice));
        Defs controller = defs(rules);
        out.put("controller.schema.json", render("seloste controller", PartySchemas.controller(controller),
                controller));
        Defs recipients = defs(rules);
        out.put("recipients.schema.json", render("seloste recipients", PartySchemas.recipients(recipients),
                recipients));
        Defs settings = defs(rules);
        out.put("settings.schema.json", render("seloste settings", PartySchemas.settings(settings, rules), settings));
        return out;
    }

    /** The schemas as output files: {@code schema/<name>} to UTF-8 bytes. */
    public static Map<String, byte[]> outputFiles() {
        Map<String, byte[]> out = new TreeMap<>();
        all().forEach((name, text) -> out.put(FOLDER + "/" + name, text.getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    private static Defs defs(List<RuleInfo> rules) {
        Defs defs = new Defs();
        Common.define(defs, rules);
        return defs;
    }

    private static String render(String title, ObjectNode root, Defs defs) {
        ObjectNode doc = Defs.F.objectNode();
        doc.put("$schema", DIALECT);
        doc.put("title", title);
        doc.setAll(root);
        ObjectNode all = defs.all();
        ObjectNode used = Defs.F.objectNode();
        Set<String> reachable = reachable(root, all);
        all.fieldNames().forEachRemaining(name -> {
            if (reachable.contains(name)) {
                used.set(name, all.get(name));
            }
        });
        doc.set("$defs", used);
        try {
            return WRITER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always serialises", e);
        }
    }

    /** The definitions {@code root} refers to, directly or through other definitions. */
    private static Set<String> reachable(JsonNode root, ObjectNode defs) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            if (n.isObject() && n.get("$ref") != null) {
                String name = n.get("$ref").asText().substring("#/$defs/".length());
                if (seen.add(name)) {
                    todo.push(defs.get(name));
                }
            }
            n.forEach(todo::push);
        }
        return seen;
    }
}
