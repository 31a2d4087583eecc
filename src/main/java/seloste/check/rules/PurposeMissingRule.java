package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;

/** A notice that states no purpose tells the data subject nothing about why their data are processed. */
final class PurposeMissingRule extends NoticeRule {

    PurposeMissingRule() {
        super("purpose.missing", Severity.ERROR, "GDPR Art. 13(1)(c), 14(1)(c)",
                "A notice states no purposes of the processing.",
                "Add 'purposes:' with each purpose, its 'legal_basis:' and the 'data:' it uses.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        if (notice.purposes().isEmpty()) {
            report.add(notice.origin().of("purposes"), "Notice '" + notice.id() + "' states no purposes; add "
                    + "'purposes:' with each purpose and its legal basis.");
        }
    }
}
