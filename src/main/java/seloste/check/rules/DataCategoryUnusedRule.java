package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.DataCategory;
import seloste.model.Notice;
import seloste.model.Repository;

/** A data category no purpose uses has no stated purpose or legal basis: it is not processed, or a link is missing. */
final class DataCategoryUnusedRule extends NoticeRule {

    DataCategoryUnusedRule() {
        super("data-category.unused", Severity.WARNING, "GDPR Art. 5(1)(b), 13(1)(c)",
                "A data category is used by no purpose.",
                "List the category in the 'data:' of each purpose that uses it, or remove the category.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (DataCategory c : notice.categories()) {
            if (notice.purposes().stream().noneMatch(p -> p.data().contains(c.id()))) {
                report.add(c.origin().of("id"), "No purpose uses the data category '" + c.id() + "'; list it in the "
                        + "'data:' of the purposes that use it, or remove it.");
            }
        }
    }
}
