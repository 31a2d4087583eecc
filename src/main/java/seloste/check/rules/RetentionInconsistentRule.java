package seloste.check.rules;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;
import seloste.model.Retention;

/** The same data kept for the same purpose should be kept for the same time in every notice of a controller. */
final class RetentionInconsistentRule extends RepositoryRule {

    RetentionInconsistentRule() {
        super("retention.inconsistent", Severity.WARNING, "GDPR Art. 5(1)(e), 13(2)(a)",
                "Two notices of one controller keep the same data category for the same purpose for different periods.",
                "Give the same period in both notices, or explain the difference with different purposes.");
    }

    @Override
    void check(Repository repository, Report report) {
        Map<String, Seen> seen = new HashMap<>();
        for (Notice n : repository.notices()) {
            for (Retention r : n.retention()) {
                if (r.period().isEmpty()) {
                    continue;
                }
                for (Purpose p : n.purposes()) {
                    for (String category : p.data()) {
                        if (covers(r, p, category)) {
                            compare(seen, n, p, category, r, report);
                        }
                    }
                }
            }
        }
    }

    private static boolean covers(Retention r, Purpose p, String category) {
        return (r.purposes().isEmpty() || r.purposes().contains(p.id()))
                && (r.data().isEmpty() || r.data().contains(category)) && !(r.data().isEmpty() && r.purposes().isEmpty());
    }

    private static void compare(Map<String, Seen> seen, Notice n, Purpose p, String category, Retention r,
            Report report) {
        Seen first = seen.putIfAbsent(n.controller() + "/" + p.id() + "/" + category, new Seen(n, r.period().get()));
        if (first != null && !first.notice().id().equals(n.id()) && !first.period().equals(r.period().get())) {
            report.add(Optional.of(n.id()), r.origin().of("period"), "Data category '" + category + "' is kept for "
                    + "purpose '" + p.id() + "' for " + r.period().get() + " here but " + first.period()
                    + " in notice '" + first.notice().id() + "'; give one period.");
        }
    }

    private record Seen(Notice notice, Period period) {
    }
}
