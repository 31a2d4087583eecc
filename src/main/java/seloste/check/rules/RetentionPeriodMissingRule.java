package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.Retention;

/** "From the end of the customer relationship" says when the clock starts, not how long it runs. */
final class RetentionPeriodMissingRule extends NoticeRule {

    RetentionPeriodMissingRule() {
        super("retention.period.missing", Severity.WARNING, "GDPR Art. 13(2)(a), 14(2)(a)",
                "A retention rule says from which event the period runs but gives no period and no criteria.",
                "Add 'period:' (e.g. P2Y), or 'criteria:' saying what happens at that event (e.g. deleted at once).");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Retention r : notice.retention()) {
            boolean event = r.from().isPresent() || r.fromText().isPresent();
            if (event && r.period().isEmpty() && r.criteria().isEmpty()) {
                String key = r.from().isPresent() ? "from" : "from_text";
                report.add(r.origin().of(key), "This retention rule says from when the period runs but not how long "
                        + "it is; add 'period:', or 'criteria:' if the data are deleted at that event.");
            }
        }
    }
}
