package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Marketing e-mail without consent is lawful only to existing customers, on the conditions of 917/2014 §200. */
final class DirectMarketingExistingCustomerRule extends NoticeRule {

    DirectMarketingExistingCustomerRule() {
        super("direct-marketing.existing-customer", Severity.INFO,
                "Laki sähköisen viestinnän palveluista 917/2014 §200",
                "A direct-marketing purpose relies on legitimate interests, which covers e-mail and text messages "
                        + "only under the existing-customer exception.",
                "Check the exception applies and say so in 'legitimate_interest:'; otherwise use 'legal_basis: "
                        + "consent'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            if (p.directMarketing() && p.reliesOn(LegalBasis.LEGITIMATE_INTERESTS)) {
                report.add(p.origin().of("legal_basis"), "Purpose '" + p.id() + "' markets on legitimate interests; "
                        + "check the existing-customer conditions of 917/2014 §200: own similar products, contact "
                        + "details from a sale, and a free, easy refusal at collection and in every message.");
            }
        }
    }
}
