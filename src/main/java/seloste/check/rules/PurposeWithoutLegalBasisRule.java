package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Every purpose must be linked to its Art. 6(1) legal basis. */
final class PurposeWithoutLegalBasisRule extends NoticeRule {

    PurposeWithoutLegalBasisRule() {
        super("purpose.legal-basis.missing", Severity.ERROR, "GDPR Art. 13(1)(c), 14(1)(c)",
                "A purpose states no legal basis.",
                "Add 'legal_basis:' to the purpose: consent, contract, legal_obligation, vital_interests, "
                        + "public_task or legitimate_interests.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            if (p.basis().isEmpty() && !p.origin().has("legal_basis")) {
                report.add(p.origin().at(), "Purpose '" + p.id() + "' has no legal basis; add 'legal_basis:'.");
            }
        }
    }
}
