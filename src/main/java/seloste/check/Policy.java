package seloste.check;

import java.util.Map;
import java.util.Optional;

/**
 * A repository's choices about rules: a different severity for a rule, or the rule turned off
 * (an empty severity).
 */
public record Policy(Map<String, Optional<Severity>> severities) {

    public Policy {
        severities = Map.copyOf(severities);
    }

    public static Policy defaults() {
        return new Policy(Map.of());
    }

    /** The finding as this policy has it: with its severity changed, or empty when its rule is off. */
    Optional<Finding> apply(Finding f) {
        Optional<Severity> s = severities.getOrDefault(f.ruleId(), Optional.of(f.severity()));
        return s.map(sev -> new Finding(f.ruleId(), sev, f.message(), f.at(), f.notice()));
    }
}
