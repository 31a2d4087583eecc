package seloste.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.SourcePosition;

/** A rule about one notice at a time; subclasses add findings through {@link #report}. */
abstract class NoticeRule extends DescribedRule {

    NoticeRule(String id, Severity severity, String article, String summary, String fix) {
        super(id, severity, article, summary, fix);
    }

    @Override
    public final List<Finding> check(Repository repository) {
        // notice by notice in parallel, as the rules themselves run: a rule that reads every text would
        // otherwise keep one core busy long after the others are done; the findings stay in notice order
        return repository.notices().parallelStream().flatMap(n -> {
            List<Finding> found = new ArrayList<>();
            check(n, repository, (at, message) -> found.add(new Finding(id(), severity(), message, at,
                    Optional.of(n.id()))));
            return found.stream();
        }).toList();
    }

    abstract void check(Notice notice, Repository repository, Report report);

    /** Where a rule reports what it found. */
    @FunctionalInterface
    interface Report {
        void add(SourcePosition at, String message);
    }
}
