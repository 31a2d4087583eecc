package seloste.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.model.Controller;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.SourcePosition;
import seloste.parallel.Parallel;

/**
 * A rule about the repository as a whole: the shared controller and recipients files, or several
 * notices at once. A finding names the notice it is about, or none when it is about a shared file only.
 */
abstract class RepositoryRule extends DescribedRule {

    RepositoryRule(String id, Severity severity, String article, String summary, String fix) {
        super(id, severity, article, summary, fix);
    }

    @Override
    public final List<Finding> check(Repository repository) {
        List<Finding> out = new ArrayList<>();
        check(repository, (notice, at, message) -> out.add(new Finding(id(), severity(), message, at, notice)));
        return out;
    }

    abstract void check(Repository repository, Report report);

    /**
     * Reports a problem in a controller file once for each notice that shows the controller, so that
     * those notices are held back, or once on its own when no notice uses it.
     *
     * @param problem the rest of the sentence after "Controller 'x'", ending with '.'
     */
    static void aboutController(Repository repository, Controller controller, SourcePosition at, String problem,
            Report report) {
        List<Notice> users = repository.notices().stream().filter(n -> n.controller().equals(controller.id())).toList();
        if (users.isEmpty()) {
            report.add(Optional.empty(), at, "Controller '" + controller.id() + "' " + problem);
        }
        for (Notice n : users) {
            report.add(Optional.of(n.id()), at, "Controller '" + controller.id() + "' of notice '" + n.id() + "' "
                    + problem);
        }
    }

    /**
     * Runs {@code each} for every notice, in parallel, and reports what it found in notice order: a rule
     * that reads every text of every notice would otherwise keep one core busy long after the other rules
     * are done. Every {@link NoticeRule} runs so.
     */
    static void eachNotice(Repository repository, BiConsumer<Notice, Report> each, Report report) {
        record Found(Optional<String> notice, SourcePosition at, String message) {
        }
        Parallel.map(repository.notices(), n -> {
            List<Found> found = new ArrayList<>();
            each.accept(n, (notice, at, message) -> found.add(new Found(notice, at, message)));
            return found;
        }).forEach(found -> found.forEach(f -> report.add(f.notice(), f.at(), f.message())));
    }

    /** Where a rule reports what it found, and which notice, if any, it is about. */
    @FunctionalInterface
    interface Report {
        void add(Optional<String> notice, SourcePosition at, String message);
    }
}
