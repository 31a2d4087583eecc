package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;

/**
 * Art. 13 does not ask a notice to name its data subjects, but the record of processing activities
 * made from it must describe their categories (Art. 30(1)(c)). Where a notice names some, a purpose
 * that names none is {@code purpose.subjects.missing}; this rule covers a notice that names none at all.
 */
final class DataSubjectsMissingRule extends NoticeRule {

    DataSubjectsMissingRule() {
        super("ropa.data-subjects.missing", Severity.WARNING, "GDPR Art. 30(1)(c)",
                "A notice names no categories of data subjects, which the controller's record of processing "
                        + "activities must describe.",
                "Add 'data_subjects:' with the groups of people whose data are processed, and name them in each "
                        + "purpose's 'subjects:'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        if (notice.subjects().isEmpty() && !notice.purposes().isEmpty()) {
            report.add(notice.origin().at(), "Notice '" + notice.id() + "' names no categories of data subjects, "
                    + "which the record of processing activities must describe (GDPR Art. 30(1)(c)); add "
                    + "'data_subjects:' and name them in each purpose's 'subjects:'.");
        }
    }
}
