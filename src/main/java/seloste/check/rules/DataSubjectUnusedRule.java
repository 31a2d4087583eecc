package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.DataSubject;
import seloste.model.Notice;
import seloste.model.Repository;

/** A group of data subjects no purpose names cannot tell what is done with their data. */
final class DataSubjectUnusedRule extends NoticeRule {

    DataSubjectUnusedRule() {
        super("data-subject.unused", Severity.WARNING, "GDPR Art. 12(1), 13(1)(c)",
                "A data subject group is named by no purpose.",
                "List the group in the 'subjects:' of each purpose that concerns it, or remove the group.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (DataSubject s : notice.subjects()) {
            if (notice.purposes().stream().noneMatch(p -> p.subjects().contains(s.id()))) {
                report.add(s.origin().of("id"), "No purpose names the data subjects '" + s.id() + "'; list them in the "
                        + "'subjects:' of the purposes that concern them, or remove them.");
            }
        }
    }
}
