package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;

/** Not an Art. 13/14 item, but readers of Finnish notices expect the main security measures. */
final class SecurityMissingRule extends NoticeRule {

    SecurityMissingRule() {
        super("security.missing", Severity.INFO, "GDPR Art. 32 (not an Art. 13/14 item)",
                "A notice describes no security measures.",
                "Add 'security:' with one item per main measure, such as access control, encryption and logging.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        if (notice.security().isEmpty()) {
            report.add(notice.origin().at(), "Notice '" + notice.id() + "' describes no security measures; consider "
                    + "adding 'security:' with the main ones.");
        }
    }
}
