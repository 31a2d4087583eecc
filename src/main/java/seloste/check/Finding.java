package seloste.check;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import seloste.model.SourcePosition;

/**
 * One problem found in the sources, by the loader or by a rule.
 *
 * @param ruleId stable, lower-case and dotted, e.g. {@code purpose.legal-basis.missing}
 * @param message one line in English saying what is wrong and what to do
 * @param at the position of the value the finding is about
 * @param notice the id of the notice the finding is about, when it is about one; a notice with an
 *     error finding about it is not rendered
 */
public record Finding(String ruleId, Severity severity, String message, SourcePosition at, Optional<String> notice) {

    /** File, then line and column, then rule id: the order people and golden files read. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::at)
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(notice, "notice");
        if (!ruleId.matches("[a-z0-9]+(?:[.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule ids are lower-case and dotted: " + ruleId);
        }
        if (message.isBlank() || message.contains("\n")) {
            throw new IllegalArgumentException("a message is one non-empty line: " + message);
        }
    }

    /** {@code notices/hr.yaml:12:5: error [purpose.legal-basis.missing] Purpose "x" has no legal basis.} */
    @Override
    public String toString() {
        return at + ": " + severity.label() + " [" + ruleId + "] " + message;
    }
}
