package seloste;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import seloste.check.Checker;
import seloste.check.Finding;
import seloste.check.Policy;
import seloste.check.RuleInfo;
import seloste.check.Severity;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.load.Problem;
import seloste.load.Settings;
import seloste.load.SettingsReader;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.render.RenderException;
import seloste.render.pdf.PdfRenderException;
import seloste.schema.Schemas;
import seloste.write.OutputComparison;
import seloste.write.OutputSink;
import seloste.write.OutputWriter;

/** The compiler: load, check, and render what has no errors into the output folder. */
public final class Compiler {

    /** The settings file read from the working folder when it exists and none is named. */
    public static final String SETTINGS_FILE = "seloste.yaml";

    private final Path base;
    private final Optional<Path> settings;
    private final Checker checker = new Checker();

    /**
     * @param base the working folder: source paths are resolved and file names shown relative to it
     * @param settings the settings file; empty means {@value #SETTINGS_FILE} in {@code base} if it exists
     */
    public Compiler(Path base, Optional<Path> settings) {
        this.base = base;
        this.settings = settings.or(() -> Optional.of(Path.of(SETTINGS_FILE)).filter(p -> Files.isRegularFile(
                base.resolve(p))));
    }

    public Checker checker() {
        return checker;
    }

    /** Loads the sources and runs every rule under the repository's settings. */
    public Report check(List<Path> sources) {
        return check(new Loader(base).load(sources));
    }

    private Report check(LoadResult loaded) {
        List<Finding> findings = new ArrayList<>();
        Policy policy = policy(findings);
        loaded.problems().forEach(p -> findings.add(error(p)));
        findings.addAll(checker.check(loaded.repository(), policy));
        return new Report(loaded, findings.stream().distinct().sorted(Finding.ORDER).toList());
    }

    private Policy policy(List<Finding> findings) {
        if (settings.isEmpty()) {
            return Policy.defaults();
        }
        Path file = base.resolve(settings.get());
        Settings read = SettingsReader.read(file, settings.get().toString().replace('\\', '/'));
        read.problems().forEach(p -> findings.add(error(p)));
        Set<String> known = checker.catalogue().stream().map(RuleInfo::id).collect(Collectors.toSet());
        Map<String, Optional<Severity>> severities = new HashMap<>();
        read.rules().forEach((id, level) -> {
            if (known.contains(id)) {
                severities.put(id, level.equals("off") ? Optional.empty()
                        : Optional.of(Severity.valueOf(level.toUpperCase(Locale.ROOT))));
            } else {
                findings.add(new Finding("ref.unknown", Severity.ERROR, "No rule has the id '" + id
                        + "'; 'seloste rules' lists them.", read.positions().get(id), Optional.empty()));
            }
        });
        return new Policy(severities);
    }

    private static Finding error(Problem p) {
        return new Finding(p.ruleId(), Severity.ERROR, p.message(), p.at(), Optional.empty());
    }

    /**
     * Checks, renders every publishable notice and replaces the output folder with the result. When
     * a path is unreadable, or rendering or writing fails, the output folder is left as it was.
     */
    public BuildResult build(BuildRequest request) {
        return run(request, false);
    }

    /**
     * Checks and renders as {@link #build} does, then compares the result with the output folder
     * byte for byte instead of writing it. Nothing is written; {@link BuildResult#check()} says
     * which files differ, are missing or would be removed.
     */
    public BuildResult compare(BuildRequest request) {
        return run(request, true);
    }

    private BuildResult run(BuildRequest request, boolean compareOnly) {
        Path out = base.resolve(request.out()).toAbsolutePath().normalize();
        byte[] common;
        try {
            common = OutputFiles.common(request, base);
        } catch (IOException e) {
            return new BuildResult(check(request.sources()), List.of(), List.of(), List.of(),
                    Optional.of(e.getMessage()));
        }
        // the stamp is taken before anything is read: a source saved while this build runs then makes the
        // next build load everything again, instead of repeating what this one found in the older text
        Optional<BuildStamp> stamp = compareOnly ? Optional.empty() : BuildStamp.of(base, request, settings, common);
        BuildCache cache = BuildCache.of(out);
        if (stamp.isPresent()) {
            Optional<BuildResult> same = unchanged(out, cache, stamp.get().value());
            if (same.isPresent()) {
                return same.get();
            }
        }
        LoadResult loaded = new Loader(base).load(request.sources());
        // rendering starts while the rules run, for every notice whose file loaded without a problem;
        // what the check then withholds is dropped, never written
        Set<String> troubled = loaded.problems().stream().map(p -> p.at().file()).collect(Collectors.toSet());
        List<Notice> candidates = loaded.repository().notices().stream()
                .filter(n -> !troubled.contains(n.origin().at().file())).toList();
        try (OutputFiles.Rendering rendering = OutputFiles.start(loaded.repository(), candidates, request, base, common,
                cache, stamp.map(BuildStamp::files).orElse(Map.of()))) {
            Report report = check(loaded);
            List<Notice> published = new ArrayList<>();
            List<String> withheld = new ArrayList<>();
            for (Notice n : report.repository().notices()) {
                if (report.publishable(n)) {
                    published.add(n);
                } else {
                    withheld.add(n.id());
                }
            }
            List<String> ids = published.stream().map(Notice::id).toList();
            if (report.unreadable()) {
                return new BuildResult(report, List.of(), withheld, List.of(), Optional.of("a source path is unreadable"));
            }
            BuildResult result = write(request, compareOnly, rendering, report, published, ids, withheld);
            if (stamp.isPresent() && result.failure().isEmpty()) {
                new LastBuild(stamp.get().value(), loaded.files(), ids, withheld, report.findings()).save(out);
            }
            return result;
        }
    }

    /**
     * What the previous build found and wrote, when it was built from inputs with this stamp and the output
     * folder still holds exactly what it wrote: the same build again would find and write the same.
     */
    private static Optional<BuildResult> unchanged(Path out, BuildCache cache, String stamp) {
        Optional<LastBuild> last = LastBuild.of(out).filter(l -> l.stamp().equals(stamp));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Map<String, byte[]> schemas = Schemas.outputFiles();
        try {
            if (!cache.intact(schemas)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        TreeSet<String> files = new TreeSet<>(cache.files());
        files.addAll(schemas.keySet());
        LastBuild l = last.get();
        LoadResult nothingLoaded = new LoadResult(new Repository(List.of(), List.of(), List.of(), List.of()), List.of(),
                l.sources());
        return Optional.of(BuildResult.unchanged(new Report(nothingLoaded, l.findings()), l.published(), l.withheld(),
                List.copyOf(files)));
    }

    private BuildResult write(BuildRequest request, boolean compareOnly, OutputFiles.Rendering rendering, Report report,
            List<Notice> published, List<String> ids, List<String> withheld) {
        Path out = base.resolve(request.out());
        try {
            if (compareOnly) {
                OutputComparison comparison = new OutputComparison(out);
                List<String> names = render(rendering, published, comparison);
                OutputComparison.Differences d = comparison.differences();
                return new BuildResult(report, ids, withheld, names, Optional.empty(),
                        Optional.of(new OutputCheck(d.changed(), d.missing(), d.extra())), false);
            }
            // written file by file beside the output folder, and swapped in only when all went well;
            // an output folder that already holds exactly these bytes is left as it is
            try (OutputWriter.Staging staging = new OutputWriter(out).stage()) {
                List<String> names = render(rendering, published, staging);
                staging.commit();
                return new BuildResult(report, ids, withheld, names, Optional.empty());
            }
        } catch (RenderException | PdfRenderException | IOException e) {
            return new BuildResult(report, List.of(), withheld, List.of(), Optional.of(e.getMessage()));
        }
    }

    /** The rendered files plus, when there are any, the JSON Schemas of the sources under {@code schema/}. */
    private static List<String> render(OutputFiles.Rendering rendering, List<Notice> published, OutputSink sink)
            throws RenderException, PdfRenderException, IOException {
        List<String> names = rendering.finish(published, sink);
        if (names.isEmpty()) {
            return names;
        }
        TreeSet<String> all = new TreeSet<>(names);
        for (Map.Entry<String, byte[]> schema : Schemas.outputFiles().entrySet()) {
            sink.put(schema.getKey(), schema.getValue());
            all.add(schema.getKey());
        }
        return List.copyOf(all);
    }
}
