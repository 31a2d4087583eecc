package seloste.check;

import java.util.Objects;

/**
 * What a rule is: everything {@code seloste rules}, {@code seloste explain} and SARIF say about it.
 *
 * @param article the provisions it enforces, or what it protects
 * @param summary one line: what it finds
 * @param fix what to write to satisfy it
 */
public record RuleInfo(String id, Severity severity, String article, String summary, String fix) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(fix, "fix");
    }
}
