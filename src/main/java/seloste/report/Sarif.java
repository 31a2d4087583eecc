package seloste.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seloste.check.Finding;
import seloste.check.RuleInfo;
import seloste.check.Severity;

/** Builds a SARIF 2.1.0 log as nested maps, in the shape GitHub code scanning accepts. */
final class Sarif {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Sarif() {
    }

    static Map<String, Object> log(List<Finding> findings, List<RuleInfo> catalogue, String version) {
        Map<String, Integer> index = new HashMap<>();
        List<Object> rules = new ArrayList<>();
        for (RuleInfo r : catalogue) {
            index.put(r.id(), rules.size());
            rules.add(rule(r));
        }
        List<Object> results = new ArrayList<>();
        for (Finding f : findings) {
            results.add(result(f, index));
        }
        Map<String, Object> driver = map("name", "seloste", "version", version, "rules", rules);
        Map<String, Object> run = map("tool", map("driver", driver), "columnKind", "unicodeCodePoints",
                "results", results);
        return map("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run));
    }

    private static Map<String, Object> rule(RuleInfo r) {
        return map("id", r.id(), "name", r.id(),
                "shortDescription", map("text", r.summary()),
                "fullDescription", map("text", r.summary() + " (" + r.article() + ")"),
                "help", map("text", r.fix(), "markdown", r.fix()),
                "defaultConfiguration", map("level", level(r.severity())),
                "properties", map("tags", List.of("privacy", "gdpr"), "article", r.article()));
    }

    private static Map<String, Object> result(Finding f, Map<String, Integer> index) {
        Map<String, Object> region = map("startLine", Math.max(1, f.at().line()));
        if (f.at().column() > 0) {
            region.put("startColumn", f.at().column());
        }
        Map<String, Object> location = map("physicalLocation", map(
                "artifactLocation", map("uri", f.at().file(), "uriBaseId", "%SRCROOT%"), "region", region));
        Map<String, Object> result = map("ruleId", f.ruleId());
        if (index.containsKey(f.ruleId())) {
            result.put("ruleIndex", index.get(f.ruleId()));
        }
        result.put("level", level(f.severity()));
        result.put("message", map("text", f.message()));
        result.put("locations", List.of(location));
        return result;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
