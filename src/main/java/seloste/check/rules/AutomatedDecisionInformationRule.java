package seloste.check.rules;

import java.util.ArrayList;
import java.util.List;
import seloste.check.Severity;
import seloste.model.AutomatedDecision;
import seloste.model.Notice;
import seloste.model.Repository;

/** A solely automated decision must come with its logic, significance and envisaged consequences. */
final class AutomatedDecisionInformationRule extends NoticeRule {

    AutomatedDecisionInformationRule() {
        super("automated-decision.information.missing", Severity.ERROR, "GDPR Art. 13(2)(f), 14(2)(g), 22(1)",
                "A solely automated decision does not explain its logic, significance or envisaged consequences.",
                "Add 'logic:', 'significance:' and 'consequences:' to the automated decision.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (AutomatedDecision d : notice.automatedDecisions()) {
            List<String> missing = new ArrayList<>();
            if (d.logic().isEmpty()) {
                missing.add("'logic:'");
            }
            if (d.significance().isEmpty()) {
                missing.add("'significance:'");
            }
            if (d.consequences().isEmpty()) {
                missing.add("'consequences:'");
            }
            if (d.solelyAutomated() && !missing.isEmpty()) {
                report.add(d.origin().of("solely_automated"), "Automated decision '" + d.id() + "' is solely "
                        + "automated but does not explain all of its logic, significance and consequences; add "
                        + String.join(", ", missing) + ".");
            }
        }
    }
}
