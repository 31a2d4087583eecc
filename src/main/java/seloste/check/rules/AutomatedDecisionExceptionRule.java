package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.AutomatedDecision;
import seloste.model.Notice;
import seloste.model.Repository;

/** A solely automated decision with legal or similar effect is allowed only under an Art. 22(2) exception. */
final class AutomatedDecisionExceptionRule extends NoticeRule {

    AutomatedDecisionExceptionRule() {
        super("automated-decision.exception.missing", Severity.ERROR, "GDPR Art. 22(1), 22(2)",
                "A solely automated decision names no Art. 22(2) exception.",
                "Add 'exception:' (contract, law or explicit_consent) to the decision, or have a person take part "
                        + "in it and set 'solely_automated: false'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (AutomatedDecision d : notice.automatedDecisions()) {
            if (d.solelyAutomated() && d.exception().isEmpty()) {
                report.add(d.origin().of("solely_automated"), "Automated decision '" + d.id() + "' is solely "
                        + "automated but names no Art. 22(2) exception; add 'exception:' (contract, law or "
                        + "explicit_consent).");
            }
        }
    }
}
