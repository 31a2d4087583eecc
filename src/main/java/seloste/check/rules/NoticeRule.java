package seloste.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.SourcePosition;
import seloste.parallel.Parallel;

/**
 * A rule about one notice at a time; subclasses add findings through {@link #report}. The notices are
 * checked in parallel, and the findings reported in notice order.
 */
abstract class NoticeRule extends DescribedRule {

    NoticeRule(String id, Severity severity, String article, String summary, String fix) {
        super(id, severity, article, summary, fix);
    }

    @Override
    public final List<Finding> check(Repository repository) {
        return run(List.of(this), repository).get(0);
    }

    abstract void check(Notice notice, Repository repository, Report report);

    /** Checks a notice whose texts other rules may have read already; {@link TextRule}s use the reading. */
    void check(Reading reading, Repository repository, Report report) {
        check(reading.notice(), repository, report);
    }

    /**
     * The findings of each of {@code rules}, in the order of {@code rules}, each in notice order. The notices
     * are checked in parallel, every rule over one notice in turn, so that the rules share one
     * {@link Reading} of it: most of the work of the rules that read texts is finding and folding them.
     */
    static List<List<Finding>> run(List<NoticeRule> rules, Repository repository) {
        List<List<List<Finding>>> byNotice = Parallel.map(repository.notices(), n -> {
            Reading reading = new Reading(n);
            return rules.stream().map(rule -> {
                List<Finding> found = new ArrayList<>();
                rule.check(reading, repository, (at, message) -> found.add(new Finding(rule.id(), rule.severity(),
                        message, at, Optional.of(n.id()))));
                return found;
            }).toList();
        });
        return IntStream.range(0, rules.size()).mapToObj(i -> byNotice.stream()
                .flatMap(ofNotice -> ofNotice.get(i).stream()).toList()).toList();
    }

    /** Where a rule reports what it found. */
    @FunctionalInterface
    interface Report {
        void add(SourcePosition at, String message);
    }
}
