package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Recipient;
import seloste.model.Repository;
import seloste.model.Transfer;
import seloste.model.TransferMechanism;

/** Adequacy covers only the countries the Commission has decided on, and in the US only DPF-certified recipients. */
final class TransferAdequacyRule extends NoticeRule {

    TransferAdequacyRule() {
        super("transfer.adequacy.not-covered", Severity.ERROR, "GDPR Art. 45; Decision (EU) 2023/1795",
                "A transfer relies on adequacy where no adequacy decision covers the country or the recipient.",
                "Use standard_contractual_clauses with 'safeguards_copy:', or for a US recipient certify it and set "
                        + "'dpf_certified: true' in the recipients file.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Transfer t : notice.transfers()) {
            if (t.mechanism().filter(TransferMechanism.ADEQUACY::equals).isEmpty() || Adequacy.inEea(t.country())) {
                continue;
            }
            if (!Adequacy.hasDecision(t.country())) {
                report.add(t.origin().of("mechanism"), "There is no adequacy decision for " + t.country() + " (list as "
                        + "of " + Adequacy.AS_OF + "); give the transfer to '" + t.recipient() + "' another "
                        + "'mechanism:', such as standard_contractual_clauses.");
            } else if (t.country().equals("US")
                    && !repository.recipient(t.recipient()).map(Recipient::dpfCertified).orElse(false)) {
                report.add(t.origin().of("mechanism"), "The US adequacy decision covers only recipients certified "
                        + "under the Data Privacy Framework, and '" + t.recipient() + "' is not marked 'dpf_certified: "
                        + "true'; use standard_contractual_clauses, or mark the recipient if it is certified.");
            }
        }
    }
}
