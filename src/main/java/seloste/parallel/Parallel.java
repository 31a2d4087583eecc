package seloste.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on the common pool, one task per item, and returns the
 * results in the order of the items, so that the result does not depend on threads.
 *
 * <p>Not a parallel stream: a parallel stream hands each thread runs of some size/8 items, and the
 * last run of one thread can still be going long after the others are done. Loading 1000 files or
 * checking 1000 notices, items of a millisecond or two each, kept two cores 1.6 busy that way and 1.7
 * with a task per item. The tasks are fork/join tasks, so a task that maps in parallel itself helps
 * with the work it waits for instead of blocking a thread of the pool.
 */
public final class Parallel {

    private Parallel() {
    }

    /** {@code each} applied to every item, in parallel; an exception it throws is thrown here. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> each) {
        List<ForkJoinTask<R>> tasks = new ArrayList<>(items.size());
        for (T item : items) {
            tasks.add(ForkJoinTask.adapt(() -> each.apply(item)));
        }
        ForkJoinTask.invokeAll(tasks);
        return tasks.stream().map(ForkJoinTask::join).toList();
    }
}
