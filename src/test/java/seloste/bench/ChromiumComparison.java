package seloste.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import seloste.bench.ChildProcess.Measured;

/**
 * Prints the HTML files a build wrote with Chromium, the two ways a user would script it: one
 * {@code chromium --headless --print-to-pdf} process per document, and one warm browser driven by
 * playwright-core printing every document in turn ({@code src/test/bench-node/print.mjs}). Figures
 * are wall time per document. When Chromium, node or npm is missing, the reason is returned instead.
 */
final class ChromiumComparison {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--no-pdf-header-footer");

    private final Path project;
    private final Path work;

    /**
     * @param project the project folder ({@code src/test/bench-node} is read from it)
     * @param work a scratch folder
     */
    ChromiumComparison(Path project, Path work) {
        this.project = project;
        this.work = work;
    }

    /** Every notice page under {@code out} ({@code <lang>/<id>.html}), sorted. */
    static List<Path> htmlFiles(Path out) throws IOException {
        return documents(out, ".html");
    }

    /**
     * The files {@code <lang>/<id><ext>} under {@code out}, sorted. A notice id has no dot, so the other
     * files the build writes beside a notice ({@code <id>.fragment.html}, {@code <id>.summary.html}) and
     * the lists ({@code index.html}) are left out.
     */
    static List<Path> documents(Path out, String ext) throws IOException {
        try (Stream<Path> s = Files.walk(out, 2)) {
            return s.filter(p -> out.relativize(p).getNameCount() == 2).filter(p -> {
                String name = p.getFileName().toString();
                String stem = name.endsWith(ext) ? name.substring(0, name.length() - ext.length()) : "";
                return stem.matches("[a-z][a-z0-9-]*") && !stem.equals("index");
            }).sorted().toList();
        }
    }

    /** At most {@code max} of {@code all}, spread evenly over the list (so over templates and languages). */
    static <T> List<T> sample(List<T> all, int max) {
        if (all.size() <= max) {
            return all;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            out.add(all.get((int) ((long) i * all.size() / max)));
        }
        return out;
    }

    /** One Chromium process per document; one untimed process first, so the binary is in the page cache. */
    Result perProcess(List<Path> docs) throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            return Result.skipped(CHROMIUM + " is not installed (Debian package chromium)");
        }
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        Path pdfs = Files.createDirectories(work.resolve("chromium-process-pdf"));
        run(docs.get(0), profile, pdfs.resolve("warmup.pdf"));
        List<Double> times = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < docs.size(); i++) {
            Path pdf = pdfs.resolve(i + ".pdf");
            Measured m = run(docs.get(i), profile, pdf);
            times.add(m.wall() * 1000);
            if (m.exit() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                failed++;
            }
        }
        return Result.of(times, failed, "");
    }

    private Measured run(Path html, Path profile, Path pdf) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(CHROMIUM.toString());
        cmd.addAll(FLAGS);
        cmd.add("--user-data-dir=" + profile);
        cmd.add("--print-to-pdf=" + pdf);
        cmd.add(html.toUri().toString());
        return ChildProcess.run(cmd, work, work.resolve("chromium.log"), Map.of());
    }

    /** One browser launched once, printing every document in turn. */
    Result warm(List<Path> docs) throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            return Result.skipped(CHROMIUM + " is not installed (Debian package chromium)");
        }
        Optional<String> problem = install();
        if (problem.isPresent()) {
            return Result.skipped(problem.get());
        }
        Path list = work.resolve("warm-list.txt");
        Files.write(list, docs.stream().map(p -> p.toAbsolutePath().toString()).toList());
        Path node = nodeFolder();
        Measured m = ChildProcess.run(List.of("node", node.resolve("print.mjs").toString(), list.toString(),
                work.resolve("chromium-warm-pdf").toString()), work, work.resolve("print.log"),
                Map.of("CHROMIUM", CHROMIUM.toString()));
        String json = m.lastLine();
        if (!json.startsWith("{")) {
            return Result.skipped("print.mjs failed (exit " + m.exit() + "): " + json);
        }
        JsonNode r = new ObjectMapper().readTree(json);
        List<Double> times = new ArrayList<>();
        r.get("docs").forEach(t -> times.add(t.asDouble()));
        return Result.of(times, r.get("failed").asInt(), "Chromium " + r.get("browser").asText() + ", launch "
                + Math.round(r.get("launchMs").asDouble()) + " ms, first document "
                + Math.round(r.get("warmupMs").asDouble()) + " ms (untimed), requests blocked: " + r.get("blocked"));
    }

    private Path nodeFolder() {
        return project.resolve("target/bench/node");
    }

    /**
     * Copies the helper into {@code target/bench/node} and installs playwright-core there with
     * {@code npm ci} (it never downloads a browser), unless it is already installed.
     */
    private Optional<String> install() throws IOException {
        Path source = project.resolve("src/test/bench-node");
        Path node = Files.createDirectories(nodeFolder());
        for (String f : List.of("package.json", "package-lock.json", "print.mjs")) {
            Files.copy(source.resolve(f), node.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(node.resolve("node_modules/playwright-core"))) {
            return Optional.empty();
        }
        try {
            Measured m = ChildProcess.run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), node,
                    work.resolve("npm.log"), Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
            return m.exit() == 0 ? Optional.empty()
                    : Optional.of("npm ci in " + node + " failed: " + m.lastLine());
        } catch (IOException e) {
            return Optional.of("cannot run npm (node 20 and npm are needed): " + e.getMessage());
        }
    }

    /**
     * Wall time per document.
     *
     * @param docs how many documents were timed
     * @param meanMs mean milliseconds per document
     * @param medianMs median milliseconds per document
     * @param failed documents that gave no PDF
     * @param note how it ran, or why it did not
     */
    record Result(int docs, Double meanMs, Double medianMs, int failed, String note) {

        static Result of(List<Double> ms, int failed, String note) {
            if (ms.isEmpty()) {
                return new Result(0, null, null, failed, note);
            }
            List<Double> sorted = ms.stream().sorted().toList();
            double mean = ms.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            return new Result(ms.size(), mean, sorted.get(sorted.size() / 2), failed, note);
        }

        static Result skipped(String why) {
            return new Result(0, null, null, 0, "skipped: " + why);
        }

        boolean ran() {
            return docs > 0;
        }
    }
}
