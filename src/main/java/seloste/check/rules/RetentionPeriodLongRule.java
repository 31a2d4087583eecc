package seloste.check.rules;

import java.time.Period;
import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.Retention;

/** Periods beyond thirty years are rare outside archives and patient records; a typo (P50Y for P5Y) is likelier. */
final class RetentionPeriodLongRule extends NoticeRule {

    private static final Period LONGEST = Period.ofYears(30);

    RetentionPeriodLongRule() {
        super("retention.period.long", Severity.INFO, "GDPR Art. 5(1)(e), 13(2)(a)",
                "A retention period is longer than 30 years.",
                "Check the 'period:'; where it is right, name the law or the criteria that require it in 'law:' or "
                        + "'criteria:'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Retention r : notice.retention()) {
            Period p = r.period().orElse(null);
            boolean longer = p != null && (p.toTotalMonths() > LONGEST.toTotalMonths()
                    || p.toTotalMonths() == LONGEST.toTotalMonths() && p.getDays() > 0);
            if (longer) {
                report.add(r.origin().of("period"), "The retention period " + p + " is longer than 30 years; check "
                        + "it, and name the law or criteria that require it in 'law:' or 'criteria:'.");
            }
        }
    }
}
