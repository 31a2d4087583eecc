package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;

/** Where data are not obtained from the data subject, the notice must list the categories of data (Art. 14(1)(d)). */
final class DataCategoriesMissingRule extends NoticeRule {

    DataCategoriesMissingRule() {
        super("data-category.missing", Severity.ERROR, "GDPR Art. 14(1)(d)",
                "A notice obtains data from sources other than the data subject but lists no data categories.",
                "Add 'data_categories:' naming each category of personal data, and list them in each source's "
                        + "'data:'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        if (!notice.categories().isEmpty()) {
            return;
        }
        notice.sources().stream().filter(s -> !s.kind().direct()).findFirst().ifPresent(s ->
                report.add(s.origin().of("kind"), "Notice '" + notice.id() + "' obtains data from source '" + s.id()
                        + "', not from the data subject, but lists no data categories; add 'data_categories:'."));
    }
}
