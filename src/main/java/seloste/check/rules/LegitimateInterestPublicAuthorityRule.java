package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.ControllerType;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Public authorities may not rely on legitimate interests for processing in the performance of their tasks. */
final class LegitimateInterestPublicAuthorityRule extends NoticeRule {

    LegitimateInterestPublicAuthorityRule() {
        super("purpose.legitimate-interest.public-authority", Severity.WARNING, "GDPR Art. 6(1), second subparagraph",
                "A public authority relies on legitimate interests.",
                "For the authority's tasks use public_task with the law that lays them down; keep "
                        + "legitimate_interests only for processing outside those tasks, and say so in the purpose.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        boolean authority = repository.controller(notice.controller())
                .filter(c -> c.type() == ControllerType.PUBLIC_AUTHORITY).isPresent();
        if (!authority) {
            return;
        }
        for (Purpose p : notice.purposes()) {
            if (p.reliesOn(LegalBasis.LEGITIMATE_INTERESTS)) {
                report.add(p.origin().of("legal_basis"), "Purpose '" + p.id() + "' relies on legitimate interests, but "
                        + "the controller is a public authority, which cannot do so in performing its tasks; use "
                        + "public_task with 'law:', unless the purpose lies outside those tasks.");
            }
        }
    }
}
