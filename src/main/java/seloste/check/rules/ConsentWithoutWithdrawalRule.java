package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Art9Condition;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Where consent is relied on, the notice must say how it is withdrawn (Art. 7(3)). */
final class ConsentWithoutWithdrawalRule extends NoticeRule {

    ConsentWithoutWithdrawalRule() {
        super("consent.withdrawal.missing", Severity.ERROR, "GDPR Art. 7(3), 13(2)(c), 14(2)(d)",
                "A consent-based purpose does not say how consent is withdrawn.",
                "Add 'withdrawal:' to the purpose, saying how the data subject withdraws consent (as easily as "
                        + "it was given).");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            boolean consent = p.reliesOn(LegalBasis.CONSENT)
                    || p.art9Condition().filter(Art9Condition.EXPLICIT_CONSENT::equals).isPresent();
            if (consent && p.withdrawal().isEmpty()) {
                report.add(p.origin().at(), "Purpose '" + p.id() + "' relies on consent but does not say how it is "
                        + "withdrawn; add 'withdrawal:'.");
            }
        }
    }
}
