package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** A legitimate interest stated for a purpose on another basis suggests the wrong basis, or a leftover text. */
final class LegitimateInterestUnexpectedRule extends NoticeRule {

    LegitimateInterestUnexpectedRule() {
        super("purpose.legitimate-interest.unexpected", Severity.WARNING, "GDPR Art. 6(1)(f), 13(1)(d)",
                "A purpose states a legitimate interest but does not rely on legitimate interests.",
                "Set 'legal_basis: legitimate_interests' if that is the basis, or remove 'legitimate_interest:'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            if (p.legitimateInterest().isPresent() && p.basis().isPresent()
                    && !p.reliesOn(LegalBasis.LEGITIMATE_INTERESTS)) {
                report.add(p.origin().of("legitimate_interest"), "Purpose '" + p.id() + "' states a legitimate "
                        + "interest but relies on " + p.basis().get().keyword() + "; remove 'legitimate_interest:' or "
                        + "correct 'legal_basis:'.");
            }
        }
    }
}
