package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;

/** Readers can only see what changed when the change log records the version they are reading. */
final class ChangeLogVersionMissingRule extends NoticeRule {

    ChangeLogVersionMissingRule() {
        super("changes.version.missing", Severity.WARNING, "GDPR Art. 12(1); WP260 rev.01 (changes to the notice)",
                "A notice has no change log, or the change log has no entry for the current version.",
                "Add an entry to 'changes:' with the notice's 'version:', its date and a summary, newest first.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        if (notice.changes().isEmpty()) {
            report.add(notice.origin().of("version"), "Notice '" + notice.id() + "' has no change log; add "
                    + "'changes:' with an entry for version " + notice.version() + ".");
        } else if (notice.changes().stream().noneMatch(c -> c.version().equals(notice.version()))) {
            report.add(notice.origin().of("version"), "The change log of notice '" + notice.id() + "' has no entry "
                    + "for the current version " + notice.version() + "; add one at the top of 'changes:'.");
        }
    }
}
