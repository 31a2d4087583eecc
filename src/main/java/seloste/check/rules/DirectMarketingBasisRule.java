package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Electronic direct marketing to natural persons needs consent, or the existing-customer exception on 6(1)(f). */
final class DirectMarketingBasisRule extends NoticeRule {

    DirectMarketingBasisRule() {
        super("direct-marketing.basis.invalid", Severity.ERROR,
                "Laki sähköisen viestinnän palveluista 917/2014 §200; GDPR Art. 6(1)",
                "A direct-marketing purpose relies on a basis other than consent or legitimate interests.",
                "Set 'legal_basis: consent' with 'withdrawal:', or legitimate_interests where the existing-customer "
                        + "exception applies.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            if (p.directMarketing() && p.basis().isPresent() && !p.reliesOn(LegalBasis.CONSENT)
                    && !p.reliesOn(LegalBasis.LEGITIMATE_INTERESTS)) {
                report.add(p.origin().of("legal_basis"), "Purpose '" + p.id() + "' is direct marketing but relies on "
                        + p.basis().get().keyword() + "; electronic direct marketing to private persons needs "
                        + "'legal_basis: consent' (or legitimate_interests for existing customers).");
            }
        }
    }
}
