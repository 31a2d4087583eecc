package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.Transfer;
import seloste.model.TransferMechanism;

/** "Derogation" is not a ground by itself: Art. 49(1) lists specific situations, and the notice must name one. */
final class TransferDerogationMissingRule extends NoticeRule {

    TransferDerogationMissingRule() {
        super("transfer.derogation.missing", Severity.ERROR, "GDPR Art. 49(1)",
                "A transfer relies on a derogation without saying which point of Art. 49(1).",
                "Add 'derogation:' to the transfer, e.g. explicit_consent or contract_with_data_subject.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Transfer t : notice.transfers()) {
            if (t.mechanism().filter(TransferMechanism.DEROGATION::equals).isPresent() && t.derogation().isEmpty()) {
                report.add(t.origin().of("mechanism"), "The transfer to '" + t.recipient() + "' relies on a derogation "
                        + "but does not say which; add 'derogation:' (e.g. explicit_consent).");
            }
        }
    }
}
