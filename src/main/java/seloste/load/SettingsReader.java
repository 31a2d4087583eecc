package seloste.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import seloste.model.SourcePosition;

/** Reads a settings file: {@code kind: settings} and a {@code rules:} map of rule id to severity. */
public final class SettingsReader {

    private static final List<String> LEVELS = List.of("error", "warning", "info", "off");

    private SettingsReader() {
    }

    /** @param label the file as messages name it */
    public static Settings read(Path file, String label) {
        Problems problems = new Problems();
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        try {
            YamlDocument.parse(label, Files.readAllBytes(file), problems)
                    .flatMap(root -> MapReader.of(label, root, "the settings file", problems)).ifPresent(r -> {
                        if (!r.optString("kind").map("settings"::equals).orElse(false)) {
                            problems.add(LoadIds.VALUE, r.at(), "A settings file starts with 'kind: settings'.");
                        }
                        r.node("rules").ifPresent(n -> readRules(r, n, rules, positions));
                        r.done();
                    });
        } catch (IOException e) {
            problems.add(LoadIds.IO, SourcePosition.wholeFile(label), "Cannot read the file: " + e.getMessage() + ".");
        }
        return new Settings(rules, positions, problems.all());
    }

    private static void readRules(MapReader r, org.snakeyaml.engine.v2.nodes.Node n, Map<String, String> rules,
            Map<String, SourcePosition> positions) {
        if (!(n instanceof MappingNode m)) {
            r.problem(LoadIds.TYPE, n, "'rules' maps rule ids to error, warning, info or off.");
            return;
        }
        for (NodeTuple t : m.getValue()) {
            String id = r.scalar(t.getKeyNode(), "A rule id").orElse("");
            String level = r.scalar(t.getValueNode(), "The setting of '" + id + "'").orElse("");
            if (!LEVELS.contains(level)) {
                r.problem(LoadIds.VALUE, t.getValueNode(), "Rule '" + MapReader.quote(id) + "' is set to '"
                        + MapReader.quote(level) + "'; write error, warning, info or off." + Suggestions.hint(level, LEVELS));
            } else if (rules.putIfAbsent(id, level) != null) {
                r.problem(LoadIds.DUPLICATE_KEY, t.getKeyNode(), "Rule '" + MapReader.quote(id) + "' is set twice.");
            } else {
                positions.put(id, r.pos(t.getKeyNode()));
            }
        }
    }
}
