package seloste.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.SourcePosition;

/**
 * A rule about one notice at a time; subclasses add findings through {@link #report}. The notices are
 * checked in parallel, and the findings reported in notice order ({@link RepositoryRule#eachNotice}).
 */
abstract class NoticeRule extends DescribedRule {

    NoticeRule(String id, Severity severity, String article, String summary, String fix) {
        super(id, severity, article, summary, fix);
    }

    @Override
    public final List<Finding> check(Repository repository) {
        List<Finding> out = new ArrayList<>();
        RepositoryRule.eachNotice(repository, (n, found) -> check(n, repository,
                (at, message) -> found.add(Optional.of(n.id()), at, message)),
                (notice, at, message) -> out.add(new Finding(id(), severity(), message, at, notice)));
        return out;
    }

    abstract void check(Notice notice, Repository repository, Report report);

    /** Where a rule reports what it found. */
    @FunctionalInterface
    interface Report {
        void add(SourcePosition at, String message);
    }
}
