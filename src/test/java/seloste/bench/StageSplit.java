package seloste.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import seloste.check.Checker;
import seloste.check.Rule;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.render.HtmlMarkdownRenderer;
import seloste.render.RenderException;
import seloste.render.Rendered;
import seloste.render.SiteRenderer;
import seloste.render.pdf.PdfRenderException;
import seloste.render.pdf.PdfRenderer;
import seloste.write.OutputWriter;

/**
 * The stages of a build, timed one by one in one JVM: load, check, render HTML and Markdown, render
 * the site pages (fragments and the lists of notices), render PDF, write. This is not the build's own timing: it calls the same public classes the compiler calls,
 * in the same order and on the same corpus, after a warm-up pass over the first notices, so the
 * figures are those of a warm JVM. It prints one JSON line.
 *
 * <p>Usage: {@code StageSplit REPO SOURCES OUT WARMUP PDFMAX} (the repository folder, the sources
 * folder relative to it, the output folder, how many notices to warm up on, and at most how many
 * documents to render as PDF: above that an even sample is rendered, and written with the HTML and
 * Markdown of every document).
 */
public final class StageSplit {

    private static final int SLOWEST = 5;

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StageSplit() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        List<Path> sources = List.of(Path.of(args[1]));
        Path out = repo.resolve(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int pdfMax = Integer.parseInt(args[4]);
        Result r = new StageSplit().run(repo, sources, out, warmup, pdfMax);
        System.out.println(new ObjectMapper().writeValueAsString(r));
    }

    private Result run(Path repo, List<Path> sources, Path out, int warmup, int pdfMax) throws Exception {
        List<Stage> cold = new ArrayList<>();
        Clock c = start();
        Checker checker = new Checker();
        HtmlMarkdownRenderer pages = new HtmlMarkdownRenderer(repo.resolve("templates"));
        SiteRenderer site = new SiteRenderer(repo.resolve("templates"));
        cold.add(c.stop("set-up: rules and templates", 0));
        c = start();
        PdfRenderer pdf = new PdfRenderer();
        cold.add(c.stop("set-up: PDF renderer (fonts, ICC profile)", 0));
        c = start();
        LoadResult loaded = new Loader(repo).load(sources);
        cold.add(c.stop("load, first time", loaded.files().size()));
        c = start();
        checker.check(loaded.repository());
        cold.add(c.stop("check, first time", loaded.repository().notices().size()));
        Repository model = loaded.repository();
        List<Notice> first = model.notices().subList(0, Math.min(warmup, model.notices().size()));
        c = start();
        String html = pages.render(model, first.get(0), Language.FI).html();
        cold.add(c.stop("render HTML+MD, first document", 1));
        c = start();
        pdf.render(html, Instant.EPOCH);
        cold.add(c.stop("render PDF, first document", 1));
        render(model, first, pages, pdf);

        List<Stage> warm = new ArrayList<>();
        c = start();
        loaded = new Loader(repo).load(sources);
        warm.add(c.stop("load", loaded.files().size()));
        model = loaded.repository();
        c = start();
        checker.check(model);
        warm.add(c.stop("check", model.notices().size()));
        List<Stage> rules = new ArrayList<>();
        for (Rule rule : checker.rules()) {
            c = start();
            rule.check(model);
            rules.add(c.stop(rule.id(), model.notices().size()));
        }
        rules.sort(Comparator.comparingDouble(Stage::wall).reversed());
        List<Doc> docs = new ArrayList<>();
        Map<String, byte[]> files = new TreeMap<>();
        c = start();
        for (Notice n : model.notices()) {
            for (Language l : n.languages()) {
                Rendered r = pages.render(model, n, l);
                Doc d = new Doc(n, l.code() + "/" + n.id() + ".", r.html());
                docs.add(d);
                files.put(d.stem() + "html", utf8(r.html()));
                files.put(d.stem() + "md", utf8(r.markdown()));
            }
        }
        warm.add(c.stop("render HTML+MD", docs.size()));
        c = start();
        site(model, site, files);
        warm.add(c.stop("render site pages", docs.size()));
        List<Doc> pdfDocs = ChromiumComparison.sample(docs, pdfMax);
        c = start();
        for (Doc d : pdfDocs) {
            Instant date = d.notice().effective().atStartOfDay().toInstant(ZoneOffset.UTC);
            files.put(d.stem() + "pdf", pdf.render(d.html(), date));
        }
        warm.add(c.stop("render PDF", pdfDocs.size()));
        c = start();
        new OutputWriter(out).replace(files);
        warm.add(c.stop("write", files.size()));
        long bytes = files.values().stream().mapToLong(b -> b.length).sum();
        return new Result(first.size(), cold, warm, rules.subList(0, Math.min(SLOWEST, rules.size())), docs.size(),
                files.size(), bytes);
    }

    /** The fragment of every page, the list of notices in each language and the front page, as the build writes them. */
    private static void site(Repository model, SiteRenderer site, Map<String, byte[]> files) throws RenderException {
        Map<Language, List<Notice>> listed = new EnumMap<>(Language.class);
        for (Notice n : model.notices()) {
            for (Language l : n.languages()) {
                files.put(l.code() + "/" + n.id() + ".fragment.html", utf8(site.fragment(model, n, l)));
                listed.computeIfAbsent(l, k -> new ArrayList<>()).add(n);
            }
        }
        for (Map.Entry<Language, List<Notice>> e : listed.entrySet()) {
            files.put(e.getKey().code() + "/index.html", utf8(site.index(model, e.getValue(), e.getKey(),
                    listed.keySet(), true)));
        }
        files.put("index.html", utf8(site.root(model, model.notices(), List.copyOf(listed.keySet()))));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void render(Repository model, List<Notice> notices, HtmlMarkdownRenderer pages, PdfRenderer pdf)
            throws RenderException, PdfRenderException {
        for (Notice n : notices) {
            for (Language l : n.languages()) {
                pdf.render(pages.render(model, n, l).html(), Instant.EPOCH);
            }
        }
    }

    private record Doc(Notice notice, String stem, String html) {
    }

    private Clock start() {
        return new Clock(System.nanoTime(), os.getProcessCpuTime(), gcMillis());
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private final class Clock {

        private final long wall;
        private final long cpu;
        private final long gc;

        Clock(long wall, long cpu, long gc) {
            this.wall = wall;
            this.cpu = cpu;
            this.gc = gc;
        }

        Stage stop(String name, int items) {
            return new Stage(name, (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
                    (gcMillis() - gc) / 1e3, items);
        }
    }

    /**
     * One timed stage.
     *
     * @param wall seconds
     * @param cpu CPU seconds of the whole JVM (all threads, with JIT and GC)
     * @param gc seconds the garbage collectors reported
     * @param items what the stage worked through: files, notices or documents
     */
    record Stage(String name, double wall, double cpu, double gc, int items) {
    }

    /**
     * @param warmupNotices notices rendered once before the timed pass
     * @param cold set-up and first-time figures, before the warm-up
     * @param warm the timed pass over the whole corpus
     * @param slowestRules the rules that took longest, each timed alone after the check stage
     * @param documents notices x languages; fewer were rendered as PDF when the PDF stage's items say so
     * @param files the files written
     * @param bytes their size
     */
    record Result(int warmupNotices, List<Stage> cold, List<Stage> warm, List<Stage> slowestRules, int documents,
            int files, long bytes) {
    }

    static Result parse(String json) throws IOException {
        return new ObjectMapper().readValue(json, Result.class);
    }
}
