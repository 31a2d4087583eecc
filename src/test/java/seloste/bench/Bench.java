package seloste.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import seloste.bench.ChildProcess.Measured;
import seloste.bench.Results.Comparison;
import seloste.bench.Results.Run;
import seloste.bench.Results.Size;

/**
 * The speed benchmark of issue 8. For each N it generates a corpus of N notices, runs seloste as a user
 * would (a separate {@code java -jar} process: check, full build, no-op rebuild, rebuild after one notice
 * changed), splits the work into stages in one warm JVM, and prints the same HTML with Chromium for
 * comparison. It prints a table per N and a summary of the targets, and writes
 * {@code target/bench/results.json}. See docs/benchmark.md.
 *
 * <p>Run from the project folder after {@code mvn package}: {@code mvn -B -ntp -Pbench verify}, or
 * {@code java -cp target/seloste.jar:target/test-classes seloste.bench.Bench --sizes 10,100,1000}.
 */
public final class Bench {

    static final int LANGUAGES = 3;
    static final int FORMATS = 3;
    /** Every run in a Java of its own, as on CI: no daemon. */
    private static final Map<String, String> FRESH = Map.of("SELOSTE_DAEMON", "off");

    private final Options options;
    private final Path project = Path.of("").toAbsolutePath();
    private final Printer printer = new Printer(System.out);

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        System.exit(new Bench(options).run());
    }

    private int run() throws IOException {
        if (!Files.isDirectory(project.resolve("notices")) || !Files.isRegularFile(options.jar(project))) {
            System.err.println("Run from the project folder after 'mvn -q -B -ntp -DskipTests package': "
                    + "needs notices/ and " + options.jar(project));
            return 2;
        }
        Results.Machine machine = machine();
        printer.header(machine, options);
        CorpusGenerator generator = new CorpusGenerator(project.resolve("notices"));
        Path work = Files.createTempDirectory("seloste-bench-");
        List<Size> sizes = new ArrayList<>();
        try {
            for (int n : options.sizes()) {
                Size s = size(generator, work.resolve("n" + n), n);
                printer.size(s);
                sizes.add(s);
            }
        } finally {
            if (!options.keep()) {
                deleteTree(work);
            } else {
                System.out.println("Kept the corpora and outputs in " + work);
            }
        }
        List<Results.Target> targets = Targets.evaluate(sizes);
        printer.targets(targets);
        Results.All all = new Results.All(options.command(), machine, sizes, targets);
        Path json = project.resolve("target/bench/results.json");
        Files.createDirectories(json.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), all);
        System.out.println();
        System.out.println("Wrote " + project.relativize(json));
        return 0;
    }

    private Size size(CorpusGenerator generator, Path repo, int n) throws IOException {
        List<String> notes = new ArrayList<>();
        Path sources = repo.resolve("notices");
        generator.write(sources, n);
        long bytes;
        int files;
        try (Stream<Path> s = Files.list(sources)) {
            List<Path> all = s.toList();
            files = all.size();
            bytes = all.stream().mapToLong(p -> p.toFile().length()).sum();
        }
        int documents = n * LANGUAGES * FORMATS;
        List<Run> runs = new ArrayList<>();
        runs.add(repeated("seloste check", repo, 0, FRESH, k -> { }, "check", "notices"));
        boolean rebuilds = n <= options.buildsUpTo() && n <= options.rebuildsUpTo();
        if (n <= options.buildsUpTo()) {
            runs.add(seloste("full build", repo, documents, FRESH, "build", "notices", "--out", "out"));
            Path out = repo.resolve("out");
            int written = 0;
            for (String ext : List.of(".html", ".md", ".pdf")) {
                written += ChromiumComparison.documents(out, ext).size();
            }
            if (written != documents) {
                notes.add("the full build wrote " + written + " documents, not " + documents);
            }
            if (rebuilds) {
                runs.add(repeated("no-op rebuild", repo, documents, FRESH, k -> { }, "build", "notices", "--out", "out"));
                runs.add(repeated("one notice changed", repo, documents, FRESH,
                        k -> generator.writeNotice(sources, 0, k + 1), "build", "notices", "--out", "out"));
                notes.add(warmRebuild(repo));
            } else {
                notes.add("no-op and one-changed rebuilds skipped above N = " + options.rebuildsUpTo()
                        + " (--rebuilds-up-to)");
            }
        } else {
            notes.add("builds as a process skipped above N = " + options.buildsUpTo() + " (--builds-up-to); "
                    + "check and the in-process stage split ran");
        }
        throughTheDaemon(repo, runs, notes, documents, rebuilds ? k -> generator.writeNotice(sources, 0, 100 + k) : null);
        Measured split = ChildProcess.run(List.of(javaBin(), "-cp", classPath(),
                StageSplit.class.getName(), repo.toString(), "notices", "stage-out", "" + options.warmup(),
                "" + options.pdfMax()), repo, repo.resolve("stage-split.log"), Map.of());
        StageSplit.Result stages = split.exit() == 0 ? StageSplit.parse(split.lastLine()) : null;
        if (stages == null) {
            notes.add("the in-process stage split failed: " + split.lastLine());
        }
        Run splitRun = new Run("in-process stage split", split.wall(), split.cpu(), split.peakMib(), split.exit(), 0,
                null, split.load(), "");
        Comparison chromium = n <= options.chromiumUpTo() && stages != null
                ? chromium(repo, stages) : null;
        if (chromium == null) {
            notes.add("Chromium comparison skipped at this N (--chromium-up-to " + options.chromiumUpTo() + ")");
        }
        return new Size(n, LANGUAGES, FORMATS, documents, files, bytes, runs, stages, splitRun, chromium, notes);
    }

    private Comparison chromium(Path repo, StageSplit.Result stages) throws IOException {
        Path out = Files.isDirectory(repo.resolve("out")) ? repo.resolve("out") : repo.resolve("stage-out");
        List<Path> html = ChromiumComparison.htmlFiles(out);
        ChromiumComparison c = new ChromiumComparison(project, Files.createDirectories(repo.resolve("chromium")));
        ChromiumComparison.Result process = options.chromium()
                ? c.perProcess(ChromiumComparison.sample(html, options.chromiumSample()))
                : ChromiumComparison.Result.skipped("--no-chromium");
        ChromiumComparison.Result warm = options.chromium()
                ? c.warm(ChromiumComparison.sample(html, options.chromiumWarmMax()))
                : ChromiumComparison.Result.skipped("--no-chromium");
        Double ours = stages.warm().stream().filter(s -> s.name().equals("render PDF")).findFirst()
                .map(s -> s.wall() * 1000 / s.items()).orElse(null);
        return new Comparison(html.size(), process, warm, ours, ratio(process, ours), ratio(warm, ours));
    }

    private static Double ratio(ChromiumComparison.Result r, Double ours) {
        return r.ran() && ours != null ? r.meanMs() / ours : null;
    }

    /**
     * The same check and rebuilds as a shell runs them with the launcher, through the daemon the first of them
     * starts (in a runtime folder of the corpus's own, stopped afterwards). The first run in each kind is
     * reported as a note: it starts the daemon, or is the daemon's first build.
     */
    private void throughTheDaemon(Path repo, List<Run> runs, List<String> notes, int documents, Edit change)
            throws IOException {
        Path runtime = Files.createDirectories(repo.resolve("runtime"));
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", runtime.toString(), "SELOSTE_DAEMON", "", "CI", "");
        try {
            Run first = seloste("first check, starts the daemon", repo, 0, env, "check", "notices");
            notes.add(String.format(Locale.ROOT, "the first check through the launcher starts the daemon: %.2f s; "
                    + "through the daemon, CPU and peak memory are those of the launcher's own Java, not the daemon's",
                    first.wall()));
            runs.add(repeated("seloste check, daemon", repo, 0, env, k -> { }, "check", "notices"));
            if (change != null) {
                change.make(0);
                Run firstBuild = seloste("first build in the daemon", repo, documents, env, "build", "notices", "--out",
                        "out");
                notes.add(String.format(Locale.ROOT, "the daemon's first build (one notice changed): %.2f s",
                        firstBuild.wall()));
                runs.add(repeated("no-op rebuild, daemon", repo, documents, env, k -> { }, "build", "notices", "--out",
                        "out"));
                runs.add(repeated("one notice changed, daemon", repo, documents, env, k -> change.make(k + 1), "build",
                        "notices", "--out", "out"));
            }
        } finally {
            stopDaemons(runtime.resolve("seloste"));
        }
    }

    private static void stopDaemons(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path pid : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    /** One notice changed, rebuilt in a JVM that has built before, as {@code seloste preview} rebuilds on save. */
    private String warmRebuild(Path repo) throws IOException {
        Measured m = ChildProcess.run(List.of(javaBin(), "-XX:+UseSerialGC", "-XX:NewRatio=1", "-XX:TieredStopAtLevel=1", "-cp",
                classPath(), WarmRebuild.class.getName(), repo.toString(), "notices", "warm-out",
                "" + options.repeat(), project.resolve("notices").toString()), repo, repo.resolve("warm-rebuild.log"),
                Map.of());
        if (m.exit() != 0) {
            return "the warm rebuild failed: " + m.lastLine();
        }
        List<Double> seconds = new ArrayList<>();
        new ObjectMapper().readTree(m.lastLine()).path("seconds").forEach(x -> seconds.add(x.asDouble()));
        seconds.sort(null);
        return String.format(Locale.ROOT, "one notice changed, rebuilt in a JVM that has built before, as seloste "
                + "preview rebuilds on every save: median %.2f s (%.2f-%.2f, %d rebuilds); preview first waits "
                + "150 ms for the save to settle", seconds.get(seconds.size() / 2), seconds.get(0),
                seconds.get(seconds.size() - 1), seconds.size());
    }

    /** A seloste command a noisy machine times differently each time, run {@code --repeat} times: the median run. */
    private Run repeated(String name, Path repo, int documents, Map<String, String> env, Edit before, String... args)
            throws IOException {
        List<Run> runs = new ArrayList<>();
        for (int k = 0; k < options.repeat(); k++) {
            before.make(k);
            runs.add(seloste(name, repo, documents, env, args));
        }
        runs.sort(java.util.Comparator.comparingDouble(Run::wall));
        Run median = runs.get(runs.size() / 2);
        return new Run(name, median.wall(), median.cpu(), median.peakMib(), median.exit(), documents,
                median.docsPerSecond(), median.load(), median.summary(), runs.size(), runs.get(0).wall(),
                runs.get(runs.size() - 1).wall());
    }

    /** What to change in the corpus before the k-th run (counted from 0). */
    @FunctionalInterface
    private interface Edit {
        void make(int k) throws IOException;
    }

    private Run seloste(String name, Path repo, int documents, Map<String, String> env, String... args)
            throws IOException {
        List<String> cmd = new ArrayList<>(options.selosteCommand(project));
        cmd.addAll(List.of(args));
        Measured m = ChildProcess.run(cmd, repo, repo.resolve(name.replace(' ', '-').replace(",", "") + ".log"), env);
        Double rate = documents == 0 ? null : documents / m.wall();
        return new Run(name, m.wall(), m.cpu(), m.peakMib(), m.exit(), documents, rate, m.load(), m.lastLine());
    }

    private Results.Machine machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024 * 1024);
        return new Results.Machine(Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"), System.getProperty("os.name") + " "
                + System.getProperty("os.version"), memory, String.join(" ", options.selosteCommand(project)),
                ChildProcess.method(), ChildProcess.loadAverage());
    }

    /** This JVM's class path with absolute entries, for a child started in another folder. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(Path.of(e).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
