package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.CategoryKind;
import seloste.model.DataCategory;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Special-category data may be processed only under an Art. 9(2) condition. */
final class SpecialDataWithoutConditionRule extends NoticeRule {

    SpecialDataWithoutConditionRule() {
        super("special-category.condition.missing", Severity.ERROR, "GDPR Art. 9(1), 9(2)",
                "A purpose uses special-category data without an Art. 9(2) condition.",
                "Add 'art9_condition:' to the purpose (e.g. explicit_consent), and 'art9_law:' where the "
                        + "condition rests on law.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            for (int i = 0; i < p.data().size(); i++) {
                DataCategory c = notice.category(p.data().get(i)).orElse(null);
                if (c != null && c.kind() == CategoryKind.SPECIAL && p.art9Condition().isEmpty()) {
                    report.add(p.origin().of("data[" + i + "]"), "Purpose '" + p.id() + "' uses the special category '"
                            + c.id() + "' but states no Art. 9(2) condition; add 'art9_condition:'.");
                }
            }
        }
    }
}
