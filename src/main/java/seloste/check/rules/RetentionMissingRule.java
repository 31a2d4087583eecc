package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.DataCategory;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.Retention;

/** Every category of data must be covered by a retention rule (Art. 13(2)(a)). */
final class RetentionMissingRule extends NoticeRule {

    RetentionMissingRule() {
        super("retention.missing", Severity.ERROR, "GDPR Art. 13(2)(a), 14(2)(a)",
                "A data category is not covered by any retention rule.",
                "Add a 'retention:' entry whose 'data:' lists the category (or whose 'purposes:' lists a purpose "
                        + "that uses it), with a period or criteria.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (DataCategory c : notice.categories()) {
            if (notice.retention().stream().noneMatch(r -> covers(notice, r, c))) {
                report.add(c.origin().at(), "No retention rule covers the data category '" + c.id()
                        + "'; say how long it is kept.");
            }
        }
    }

    /** A rule with both 'data' and 'purposes' covers the listed categories as far as the listed purposes use them. */
    private static boolean covers(Notice notice, Retention r, DataCategory c) {
        boolean data = r.data().isEmpty() || r.data().contains(c.id());
        boolean purposes = r.purposes().isEmpty() || r.purposes().stream().flatMap(id -> notice.purpose(id).stream())
                .anyMatch(p -> p.data().contains(c.id()));
        return data && purposes;
    }
}
