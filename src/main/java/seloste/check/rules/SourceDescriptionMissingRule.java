package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.Source;

/** Data not obtained from the data subject: the notice must say where they come from (Art. 14(2)(f)). */
final class SourceDescriptionMissingRule extends NoticeRule {

    SourceDescriptionMissingRule() {
        super("source.description.missing", Severity.ERROR, "GDPR Art. 14(2)(f); WP260 rev.01 Annex",
                "A source other than the data subject is not described.",
                "Add 'description:' to the source naming it, or where that is impossible its type, sector and "
                        + "location.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Source s : notice.sources()) {
            if (!s.kind().direct() && s.description().isEmpty()) {
                report.add(s.origin().of("kind"), "Source '" + s.id() + "' (" + s.kind().keyword() + ") does not say "
                        + "where the data come from; add 'description:' naming the source.");
            }
        }
    }
}
