package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.Transfer;
import seloste.model.TransferMechanism;

/** Partial adequacy decisions cover some recipients only, and the US decision is under appeal (C-703/25 P). */
final class TransferAdequacyScopeRule extends NoticeRule {

    TransferAdequacyScopeRule() {
        super("transfer.adequacy.scope", Severity.INFO, "GDPR Art. 45; Decision (EU) 2023/1795; Case C-703/25 P",
                "A transfer relies on an adequacy decision that covers only some recipients.",
                "Check that the recipient is within the decision's scope (for the US, on the Data Privacy Framework "
                        + "List) before each release.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Transfer t : notice.transfers()) {
            if (t.mechanism().filter(TransferMechanism.ADEQUACY::equals).isEmpty()) {
                continue;
            }
            String check = t.country().equals("US") ? "is on the current Data Privacy Framework List, and follow "
                    + "the pending appeal C-703/25 P" : "is one of them";
            Adequacy.partialScope(t.country()).ifPresent(scope -> report.add(t.origin().of("country"), "The adequacy "
                    + "decision for " + t.country() + " covers " + scope + "; check that '" + t.recipient() + "' "
                    + check + "."));
        }
    }
}
