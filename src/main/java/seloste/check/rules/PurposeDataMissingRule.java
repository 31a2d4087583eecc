package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** WP260 links every purpose to the data it uses; a purpose with no data says nothing concrete. */
final class PurposeDataMissingRule extends NoticeRule {

    PurposeDataMissingRule() {
        super("purpose.data.missing", Severity.WARNING, "GDPR Art. 13(1)(c), 14(1)(d); WP260 rev.01 Annex",
                "A purpose names no data categories.",
                "Add 'data:' to the purpose listing the ids of the data categories it uses.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            if (p.data().isEmpty()) {
                report.add(p.origin().at(), "Purpose '" + p.id() + "' names no data categories; add 'data:' with the "
                        + "ids of the categories it uses.");
            }
        }
    }
}
