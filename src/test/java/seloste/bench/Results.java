package seloste.bench;

import java.util.List;
import java.util.Optional;

/** What the benchmark measured; printed as tables and written as {@code target/bench/results.json}. */
final class Results {

    private Results() {
    }

    /**
     * @param cores processors the JVM sees
     * @param loadBefore the one-minute load average before the first run
     */
    record Machine(int cores, String jdk, String os, long memoryMib, String seloste, String measurement,
            double loadBefore) {
    }

    /**
     * One run of seloste as a separate process.
     *
     * @param wall seconds, JVM start included
     * @param cpu user + system seconds
     * @param peakMib peak resident set size
     * @param documents notices x languages x formats the run is about (0 for check)
     * @param docsPerSecond documents / wall, or null for check
     * @param load one-minute load average when it started
     * @param summary the last line seloste printed
     */
    record Run(String name, double wall, double cpu, double peakMib, int exit, int documents, Double docsPerSecond,
            double load, String summary, int repeats, double wallMin, double wallMax) {

        /** A run made once. */
        Run(String name, double wall, double cpu, double peakMib, int exit, int documents, Double docsPerSecond,
                double load, String summary) {
            this(name, wall, cpu, peakMib, exit, documents, docsPerSecond, load, summary, 1, wall, wall);
        }
    }

    /**
     * The Chromium comparison, per document.
     *
     * @param htmlFiles HTML files the build wrote
     * @param oursMs our PDF stage per document (in-process, warm)
     * @param warmRatio Chromium warm browser per document / ours; above 1 means we are faster
     * @param processRatio Chromium process per document / ours
     */
    record Comparison(int htmlFiles, ChromiumComparison.Result perProcess, ChromiumComparison.Result warm,
            Double oursMs, Double processRatio, Double warmRatio) {
    }

    /**
     * Everything measured at one N.
     *
     * @param documents notices x languages x formats
     * @param stageSplitRun the in-process stage split's own process (its peak memory holds all output)
     * @param notes what was skipped and why
     */
    record Size(int notices, int languages, int formats, int documents, int sourceFiles, long sourceBytes,
            List<Run> runs, StageSplit.Result stages, Run stageSplitRun, Comparison chromium, List<String> notes) {

        Optional<Run> run(String name) {
            return runs.stream().filter(r -> r.name().equals(name)).findFirst();
        }
    }

    /** One target of the issue and whether the run met it: PASS, FAIL or NOT RUN. */
    record Target(String target, String measured, String verdict) {
    }

    record All(String command, Machine machine, List<Size> sizes, List<Target> targets) {
    }
}
