package seloste;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import seloste.check.Policy;
import seloste.check.RuleInfo;
import seloste.load.Problem;
import seloste.load.Settings;
import seloste.load.SettingsReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import seloste.check.Checker;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.render.HtmlMarkdownRenderer;
import seloste.render.RenderException;
import seloste.render.Rendered;
import seloste.render.pdf.PdfRenderException;
import seloste.render.pdf.PdfRenderer;
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
        List<Finding> findings = new ArrayList<>();
        Policy policy = policy(findings);
        LoadResult loaded = new Loader(base).load(sources);
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
        Report report = check(request.sources());
        List<String> published = new ArrayList<>();
        List<String> withheld = new ArrayList<>();
        for (Notice n : report.repository().notices()) {
            (report.publishable(n) ? published : withheld).add(n.id());
        }
        if (report.unreadable()) {
            return new BuildResult(report, List.of(), withheld, List.of(), Optional.of("a source path is unreadable"));
        }
        try {
            Map<String, byte[]> files = render(report, request, published);
            new OutputWriter(base.resolve(request.out())).replace(files);
            return new BuildResult(report, published, withheld, List.copyOf(files.keySet()), Optional.empty());
        } catch (RenderException | PdfRenderException | IOException e) {
            return new BuildResult(report, List.of(), withheld, List.of(), Optional.of(e.getMessage()));
        }
    }

    private Map<String, byte[]> render(Report report, BuildRequest request, List<String> ids)
            throws RenderException, PdfRenderException {
        Map<String, byte[]> files = new TreeMap<>();
        if (ids.isEmpty()) {
            return files;
        }
        HtmlMarkdownRenderer pages = new HtmlMarkdownRenderer(base.resolve(request.templates()));
        PdfRenderer pdf = request.formats().contains(OutputFormat.PDF) ? new PdfRenderer() : null;
        for (Notice n : report.repository().notices()) {
            if (!ids.contains(n.id())) {
                continue;
            }
            Instant date = request.timestamp().orElse(n.effective().atStartOfDay().toInstant(ZoneOffset.UTC));
            for (Language l : languages(n, request)) {
                Rendered r = pages.render(report.repository(), n, l);
                String stem = l.code() + "/" + n.id() + ".";
                if (request.formats().contains(OutputFormat.HTML)) {
                    files.put(stem + "html", r.html().getBytes(StandardCharsets.UTF_8));
                }
                if (request.formats().contains(OutputFormat.MARKDOWN)) {
                    files.put(stem + "md", r.markdown().getBytes(StandardCharsets.UTF_8));
                }
                if (pdf != null) {
                    files.put(stem + "pdf", pdf.render(r.html(), date));
                }
            }
        }
        return files;
    }

    private static List<Language> languages(Notice n, BuildRequest request) {
        Stream<Language> declared = n.languages().stream();
        return request.languages().isEmpty() ? declared.toList()
                : declared.filter(request.languages()::contains).toList();
    }
}
