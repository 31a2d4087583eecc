package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Derogation;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.Transfer;

/** For Art. 46 and 47 safeguards, and the compelling-interests derogation, say where to obtain a copy. */
final class TransferSafeguardsCopyMissingRule extends NoticeRule {

    TransferSafeguardsCopyMissingRule() {
        super("transfer.safeguards-copy.missing", Severity.ERROR, "GDPR Art. 13(1)(f), 14(1)(f), 46, 47, 49(1)",
                "A transfer on appropriate or suitable safeguards does not say how to obtain a copy of them.",
                "Add 'safeguards_copy:' to the transfer saying where the safeguards are available or whom to ask "
                        + "for a copy.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Transfer t : notice.transfers()) {
            if (t.safeguardsCopy().isPresent()) {
                continue;
            }
            if (t.mechanism().filter(m -> m.needsCopyReference()).isPresent()) {
                report.add(t.origin().of("mechanism"), "The transfer to '" + t.recipient() + "' relies on "
                        + t.mechanism().get().keyword() + " but does not say how to obtain a copy; add "
                        + "'safeguards_copy:'.");
            } else if (t.derogation().filter(Derogation.COMPELLING_LEGITIMATE_INTERESTS::equals).isPresent()) {
                report.add(t.origin().of("derogation"), "The transfer to '" + t.recipient() + "' relies on compelling "
                        + "legitimate interests, which need suitable safeguards; add 'safeguards_copy:' saying how "
                        + "to obtain them.");
            }
        }
    }
}
