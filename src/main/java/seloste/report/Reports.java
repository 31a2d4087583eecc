package seloste.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seloste.check.Finding;
import seloste.check.RuleInfo;
import seloste.check.Severity;

/** Renders findings in the machine formats. Pure functions: the caller prints. */
public final class Reports {

    private Reports() {
    }

    /** JSON: a summary and every finding with its position, rule, severity and message. */
    public static String json(List<Finding> findings, String version) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "seloste");
        root.put("version", version);
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            summary.put(s.label(), findings.stream().filter(f -> f.severity() == s).count());
        }
        root.put("summary", summary);
        root.put("findings", findings.stream().map(Reports::fields).toList());
        return Json.write(root);
    }

    /** One finding as the JSON format writes it: file, line, column, severity, rule, message and notice. */
    public static Map<String, Object> fields(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.at().file());
        m.put("line", f.at().line());
        m.put("column", f.at().column());
        m.put("severity", f.severity().label());
        m.put("rule", f.ruleId());
        m.put("message", f.message());
        f.notice().ifPresent(n -> m.put("notice", n));
        return m;
    }

    /** SARIF 2.1.0 with the full rule catalogue as the driver's rules. */
    public static String sarif(List<Finding> findings, List<RuleInfo> catalogue, String version) {
        return Json.write(Sarif.log(findings, catalogue, version));
    }

    /**
     * GitHub Actions workflow commands, one line per finding:
     * {@code ::error file=notices/x.yaml,line=12,col=5,title=rule::message}.
     */
    public static String github(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            out.append("::").append(command).append(" file=").append(property(f.at().file()));
            if (f.at().line() > 0) {
                out.append(",line=").append(f.at().line()).append(",col=").append(f.at().column());
            }
            out.append(",title=").append(property(f.ruleId())).append("::").append(data(f.message())).append('\n');
        }
        return out.toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
