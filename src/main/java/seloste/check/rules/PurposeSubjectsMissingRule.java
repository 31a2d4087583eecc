package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Where a notice lists groups of data subjects, each purpose should say which of them it concerns. */
final class PurposeSubjectsMissingRule extends NoticeRule {

    PurposeSubjectsMissingRule() {
        super("purpose.subjects.missing", Severity.WARNING, "GDPR Art. 12(1), 13(1)(c); WP260 rev.01",
                "A notice lists data subjects but a purpose names none of them.",
                "Add 'subjects:' to the purpose listing the ids of the data subjects it concerns.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        if (notice.subjects().isEmpty()) {
            return;
        }
        for (Purpose p : notice.purposes()) {
            if (p.subjects().isEmpty()) {
                report.add(p.origin().at(), "Purpose '" + p.id() + "' names no data subjects; add 'subjects:' with "
                        + "the ids of the groups it concerns, e.g. '" + notice.subjects().get(0).id() + "'.");
            }
        }
    }
}
