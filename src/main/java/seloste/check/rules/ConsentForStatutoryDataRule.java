package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;
import seloste.model.RequirementKind;

/** Consent must be free; data the law obliges the data subject to provide cannot rest on it. */
final class ConsentForStatutoryDataRule extends NoticeRule {

    ConsentForStatutoryDataRule() {
        super("consent.statutory-requirement", Severity.ERROR, "GDPR Art. 4(11), 6(1)(a), 6(1)(c), 13(2)(e)",
                "A purpose relies on consent for data whose provision is a statutory requirement.",
                "Base the purpose on legal_obligation with 'law:', or, if giving the data is in fact optional, set "
                        + "'requirement: kind: voluntary'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            if (p.reliesOn(LegalBasis.CONSENT)
                    && p.requirement().filter(r -> r.kind() == RequirementKind.STATUTORY).isPresent()) {
                report.add(p.requirement().get().origin().of("kind"), "Purpose '" + p.id() + "' relies on consent "
                        + "for data the law requires the data subject to provide; use 'legal_basis: legal_obligation' "
                        + "with 'law:', or correct the requirement's 'kind:'.");
            }
        }
    }
}
