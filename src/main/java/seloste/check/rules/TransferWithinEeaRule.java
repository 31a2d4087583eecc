package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.Transfer;

/** Sending data within the EU/EEA is not a transfer to a third country, and calling it one misleads the reader. */
final class TransferWithinEeaRule extends NoticeRule {

    TransferWithinEeaRule() {
        super("transfer.within-eea", Severity.WARNING, "GDPR Art. 44",
                "A transfer names a country of the EU or EEA, which is not a third country.",
                "Remove the entry from 'transfers:'; the recipient stays listed under 'recipients:'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Transfer t : notice.transfers()) {
            if (Adequacy.inEea(t.country())) {
                report.add(t.origin().of("country"), t.country() + " is in the EU/EEA, so sending data to '"
                        + t.recipient() + "' there is not a transfer to a third country; remove it from 'transfers:'.");
            }
        }
    }
}
