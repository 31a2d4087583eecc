package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.CategoryKind;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** An Art. 9(2) condition on a purpose that processes no special-category data is a mistake in law. */
final class ConditionWithoutSpecialDataRule extends NoticeRule {

    ConditionWithoutSpecialDataRule() {
        super("art9.condition.without-special-data", Severity.ERROR, "GDPR Art. 9",
                "A purpose cites an Art. 9(2) condition but uses no special-category data.",
                "Remove 'art9_condition:' from the purpose, or list the special-category data it uses in 'data:'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            boolean special = p.data().stream().flatMap(id -> notice.category(id).stream())
                    .anyMatch(c -> c.kind() == CategoryKind.SPECIAL);
            if (p.art9Condition().isPresent() && !special) {
                report.add(p.origin().of("art9_condition"), "Purpose '" + p.id() + "' cites Art. "
                        + p.art9Condition().get().article() + " but uses no special-category data.");
            }
        }
    }
}
