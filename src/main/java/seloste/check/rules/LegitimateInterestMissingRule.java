package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** A purpose relying on Art. 6(1)(f) must say which legitimate interest is pursued. */
final class LegitimateInterestMissingRule extends NoticeRule {

    LegitimateInterestMissingRule() {
        super("purpose.legitimate-interest.missing", Severity.ERROR, "GDPR Art. 13(1)(d), 14(2)(b)",
                "A purpose relies on legitimate interests without stating the interest.",
                "Add 'legitimate_interest:' to the purpose, saying in each language which interest of the "
                        + "controller or a third party the processing serves.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            if (p.reliesOn(LegalBasis.LEGITIMATE_INTERESTS) && p.legitimateInterest().isEmpty()) {
                report.add(p.origin().of("legal_basis"), "Purpose '" + p.id()
                        + "' relies on legitimate interests but does not state the interest; add 'legitimate_interest:'.");
            }
        }
    }
}
