package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Disclosure;
import seloste.model.Notice;
import seloste.model.Recipient;
import seloste.model.Repository;

/** A recipient processing data outside the EEA is a transfer, which the notice must declare (Art. 13(1)(f)). */
final class TransferUndeclaredRule extends NoticeRule {

    TransferUndeclaredRule() {
        super("transfer.undeclared", Severity.ERROR, "GDPR Art. 13(1)(f), 14(1)(f), 44",
                "A recipient processes data outside the EU/EEA but the notice declares no transfer to that country.",
                "Add a 'transfers:' entry with the recipient, its country and the mechanism.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Disclosure d : notice.recipients()) {
            Recipient r = repository.recipient(d.recipient()).orElse(null);
            if (r == null || Adequacy.inEea(r.country())) {
                continue;
            }
            boolean any = notice.transfers().stream().anyMatch(t -> t.recipient().equals(r.id()));
            boolean country = notice.transfers().stream()
                    .anyMatch(t -> t.recipient().equals(r.id()) && t.country().equals(r.country()));
            if (!any) {
                report.add(d.origin().of("recipient"), "Recipient '" + r.id() + "' processes the data in "
                        + r.country() + ", outside the EU/EEA, but no transfer is declared; add it to 'transfers:' "
                        + "with 'country: " + r.country() + "' and a 'mechanism:'.");
            } else if (!country) {
                report.add(d.origin().of("recipient"), "Recipient '" + r.id() + "' processes the data in "
                        + r.country() + ", but its transfer names another country; add a 'transfers:' entry with "
                        + "'country: " + r.country() + "'.");
            }
        }
    }
}
