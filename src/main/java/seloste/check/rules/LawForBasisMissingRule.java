package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Art. 6(1)(c) and (e) rest on a law that the notice should name (Art. 6(3)). */
final class LawForBasisMissingRule extends NoticeRule {

    LawForBasisMissingRule() {
        super("purpose.law.missing", Severity.WARNING, "GDPR Art. 6(3)",
                "A purpose relies on a legal obligation or a public task without naming the law.",
                "Add 'law:' to the purpose naming the Union or Finnish law, e.g. 'Kirjanpitolaki (1336/1997)'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            boolean needsLaw = p.reliesOn(LegalBasis.LEGAL_OBLIGATION) || p.reliesOn(LegalBasis.PUBLIC_TASK);
            if (needsLaw && p.law().isEmpty()) {
                report.add(p.origin().of("legal_basis"), "Purpose '" + p.id() + "' relies on "
                        + p.basis().get().keyword() + " but names no law; add 'law:'.");
            }
        }
    }
}
