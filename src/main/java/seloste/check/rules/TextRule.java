package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;

/**
 * A notice rule that looks for phrases in the notice's texts: it reads them from a {@link Reading},
 * which the rules checking the same notice share.
 */
abstract class TextRule extends NoticeRule {

    TextRule(String id, Severity severity, String article, String summary, String fix) {
        super(id, severity, article, summary, fix);
    }

    @Override
    final void check(Notice notice, Repository repository, Report report) {
        check(new Reading(notice), repository, report);
    }

    @Override
    abstract void check(Reading reading, Repository repository, Report report);
}
