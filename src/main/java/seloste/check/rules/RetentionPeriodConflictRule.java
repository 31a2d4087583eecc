package seloste.check.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import seloste.check.Severity;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;
import seloste.model.Retention;

/** Two periods for the same data, purpose and start event, with nothing telling them apart, contradict each other. */
final class RetentionPeriodConflictRule extends NoticeRule {

    RetentionPeriodConflictRule() {
        super("retention.period.conflict", Severity.WARNING, "GDPR Art. 13(2)(a), 14(2)(a)",
                "Two retention rules give different periods for the same data category, purpose and starting event.",
                "Keep one period, or add 'criteria:' to each rule saying which data or cases it applies to.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        List<Retention> all = notice.retention();
        for (int j = 0; j < all.size(); j++) {
            Retention r = all.get(j);
            for (Retention first : all.subList(0, j)) {
                Set<String> shared = covered(notice, first);
                shared.retainAll(covered(notice, r));
                if (conflict(first, r) && !shared.isEmpty()) {
                    report.add(r.origin().of("period"), "This rule keeps " + shared.iterator().next() + " for "
                            + r.period().get() + " but an earlier rule says " + first.period().get() + " from the same "
                            + "event; keep one period, or add 'criteria:' saying which data each applies to.");
                    break;
                }
            }
        }
    }

    private static boolean conflict(Retention a, Retention b) {
        return a.period().isPresent() && b.period().isPresent() && a.criteria().isEmpty() && b.criteria().isEmpty()
                && !a.period().get().normalized().equals(b.period().get().normalized()) && a.from().equals(b.from())
                && a.fromText().map(LocalizedText::values).equals(b.fromText().map(LocalizedText::values));
    }

    /** "'category' in purpose 'purpose'" for every pair the rule covers. */
    private static Set<String> covered(Notice notice, Retention r) {
        Set<String> out = new LinkedHashSet<>();
        for (Purpose p : notice.purposes()) {
            for (String c : p.data()) {
                boolean purpose = r.purposes().isEmpty() || r.purposes().contains(p.id());
                if (purpose && (r.data().isEmpty() || r.data().contains(c))) {
                    out.add("'" + c + "' in purpose '" + p.id() + "'");
                }
            }
        }
        return out;
    }
}
