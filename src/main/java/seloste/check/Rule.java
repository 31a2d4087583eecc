package seloste.check;

import java.util.List;
import seloste.model.Repository;

/** One check with a stable id. Rules are small, stateless and safe to run concurrently. */
public interface Rule {

    /** Stable, lower-case and dotted, e.g. {@code purpose.legal-basis.missing}. */
    String id();

    Severity severity();

    /** The provisions the rule enforces, e.g. {@code GDPR Art. 13(1)(c)}. */
    String article();

    /** One line: what the rule finds. */
    String summary();

    /** What to write in the YAML to satisfy the rule. */
    String fix();

    List<Finding> check(Repository repository);

    default RuleInfo info() {
        return new RuleInfo(id(), severity(), article(), summary(), fix());
    }
}
