package seloste.check.rules;

import java.util.List;
import seloste.check.Severity;
import seloste.model.Change;
import seloste.model.Notice;
import seloste.model.Repository;

/** The change log runs newest first, and no change can postdate the version that is in effect. */
final class ChangeLogDateRule extends NoticeRule {

    ChangeLogDateRule() {
        super("changes.date.inconsistent", Severity.WARNING, "GDPR Art. 12(1); WP260 rev.01 (changes to the notice)",
                "A change log entry is dated after the notice's effective date, or the entries are not newest first.",
                "Correct 'effective:' or the entry's 'date:', and list 'changes:' newest first.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        List<Change> changes = notice.changes();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (c.date().isAfter(notice.effective())) {
                report.add(c.origin().of("date"), "Change " + c.version() + " is dated " + c.date() + ", after the "
                        + "notice's effective date " + notice.effective() + "; correct 'effective:' or this 'date:'.");
            } else if (i > 0 && c.date().isAfter(changes.get(i - 1).date())) {
                report.add(c.origin().of("date"), "Change " + c.version() + " (" + c.date() + ") is listed after the "
                        + "older change " + changes.get(i - 1).version() + "; list 'changes:' newest first.");
            }
        }
    }
}
