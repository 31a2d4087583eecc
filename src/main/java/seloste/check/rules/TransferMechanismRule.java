package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.Transfer;

/** A transfer outside the EU/EEA needs a valid Chapter V mechanism. */
final class TransferMechanismRule extends NoticeRule {

    TransferMechanismRule() {
        super("transfer.mechanism.invalid", Severity.ERROR, "GDPR Art. 13(1)(f), 44-49",
                "A transfer has no mechanism, or one that can no longer be relied on.",
                "Give 'mechanism:' as adequacy, standard_contractual_clauses (Decision (EU) 2021/914), "
                        + "binding_corporate_rules, code_of_conduct, certification or derogation.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Transfer t : notice.transfers()) {
            if (t.mechanism().isEmpty()) {
                if (!t.origin().has("mechanism")) {
                    report.add(t.origin().at(), "The transfer to '" + t.recipient() + "' (" + t.country()
                            + ") states no mechanism; add 'mechanism:'.");
                }
            } else if (!t.mechanism().get().valid()) {
                report.add(t.origin().of("mechanism"), "'" + t.mechanism().get().keyword() + "' can no longer be "
                        + "relied on for transfers; use standard_contractual_clauses (2021/914), or adequacy where "
                        + "the recipient is covered by an adequacy decision.");
            }
        }
    }
}
