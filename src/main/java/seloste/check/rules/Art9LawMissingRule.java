package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Art9Condition;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Art. 9(2)(b) and (g)-(j) apply only on the basis of Union or Member State law, which the notice should cite. */
final class Art9LawMissingRule extends NoticeRule {

    Art9LawMissingRule() {
        super("art9.law.missing", Severity.WARNING, "GDPR Art. 9(2)(b), 9(2)(g)-(j); WP260 rev.01 Annex",
                "A purpose relies on an Art. 9(2) condition that rests on law without naming the law.",
                "Add 'art9_law:' to the purpose naming the Union or Finnish law (or collective agreement) the "
                        + "condition rests on.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            Art9Condition c = p.art9Condition().orElse(null);
            if (c != null && c.needsLaw() && p.art9Law().isEmpty()) {
                report.add(p.origin().of("art9_condition"), "Purpose '" + p.id() + "' relies on Art. " + c.article()
                        + ", which applies only on the basis of law, but names no law; add 'art9_law:'.");
            }
        }
    }
}
