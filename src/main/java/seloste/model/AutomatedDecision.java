package seloste.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Automated decision-making, including profiling (Art. 13(2)(f), 22).
 *
 * @param solelyAutomated true when the decision has legal or similarly significant effects with no human
 *     involved (Art. 22(1)); false for profiling that is stated as good practice
 * @param logic meaningful information about the logic involved
 */
public record AutomatedDecision(String id, LocalizedText name, boolean solelyAutomated, boolean profiling,
        Optional<Art22Exception> exception, Optional<LocalizedText> logic, Optional<LocalizedText> significance,
        Optional<LocalizedText> consequences, Origin origin) {

    public AutomatedDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(logic, "logic");
        Objects.requireNonNull(significance, "significance");
        Objects.requireNonNull(consequences, "consequences");
        Objects.requireNonNull(origin, "origin");
    }
}
