package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** A law behind a purpose points to Art. 6(1)(c) or (e); with another basis the basis may be wrong. */
final class LawUnexpectedRule extends NoticeRule {

    LawUnexpectedRule() {
        super("purpose.law.unexpected", Severity.INFO, "GDPR Art. 6(1), 6(3)",
                "A purpose names a law but relies on neither a legal obligation nor a public task.",
                "Check 'legal_basis:': use legal_obligation or public_task where the law requires the processing, "
                        + "or remove 'law:'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            boolean lawBased = p.reliesOn(LegalBasis.LEGAL_OBLIGATION) || p.reliesOn(LegalBasis.PUBLIC_TASK);
            if (p.law().isPresent() && p.basis().isPresent() && !lawBased) {
                report.add(p.origin().of("law"), "Purpose '" + p.id() + "' names a law but relies on "
                        + p.basis().get().keyword() + "; check whether the basis is legal_obligation or public_task, "
                        + "or remove 'law:'.");
            }
        }
    }
}
