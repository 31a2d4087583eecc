package seloste;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import seloste.jsonld.NoticeJsonLd;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.render.HtmlMarkdownRenderer;
import seloste.render.RenderException;
import seloste.render.Rendered;
import seloste.render.SiteRenderer;
import seloste.render.pdf.PdfRenderException;
import seloste.render.pdf.PdfRenderer;
import seloste.write.OutputSink;

/**
 * Every file of the output folder, rendered unit by unit into an {@link OutputSink}: for each notice and language
 * {@code <lang>/<id>.html}, {@code .fragment.html}, {@code .summary.html} (the first layer), {@code .jsonld},
 * {@code .md} and {@code .pdf}, and, with HTML,
 * the list of notices in each language ({@code <lang>/index.html}) and the front page that links
 * to those lists ({@code index.html}), plus the build manifest. Paths are relative and use {@code /}.
 *
 * <p>Notices and languages are rendered in parallel over all cores with one set of renderers, and a
 * notice whose inputs are unchanged since the previous build is taken from the output folder
 * instead ({@link BuildCache}); either way the bytes are those a single-threaded full build writes.
 */
final class OutputFiles {

    /** The manifest's name for the index pages, which no notice-and-language unit can take. */
    private static final String INDEX_UNIT = "index";

    private final Repository repo;
    private final BuildRequest request;
    private final Path base;
    private final Path templates;
    /** The digest of each source file, by its label. */
    private final Map<String, String> sources;

    private OutputFiles(Repository repo, BuildRequest request, Path base, Map<String, String> digests) {
        this.repo = repo;
        this.request = request;
        this.base = base;
        this.templates = base.resolve(request.templates());
        this.sources = new TreeMap<>(digests);
    }

    /**
     * Starts rendering, in the background, every unit of {@code candidates} that the output folder does
     * not already hold from the same inputs. The build calls this as soon as the sources are loaded, so
     * that rendering runs while the rules do; {@link Rendering#finish} then takes only the notices the
     * check lets through.
     *
     * @param digests the digests of source files already known, by label, as the {@link BuildStamp} took
     *     them; any other file a unit draws on is read and hashed once
     */
    static Rendering start(Repository repo, List<Notice> candidates, BuildRequest request, Path base, byte[] common,
            BuildCache cache, Map<String, String> digests) {
        return new OutputFiles(repo, request, base, digests).new Rendering(candidates, common, cache);
    }

    /** The units of one build: those taken from the output folder, and those being rendered. */
    final class Rendering implements AutoCloseable {

        private final BuildCache cache;
        private final byte[] common;
        private final Renderers renderers = new Renderers(templates, request.formats());
        private final ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        private final Map<String, Job> jobs = new LinkedHashMap<>();

        private Rendering(List<Notice> candidates, byte[] common, BuildCache cache) {
            this.cache = cache;
            this.common = common.clone();
            for (Notice n : candidates) {
                for (Language l : languages(n)) {
                    job(n, l);
                }
            }
        }

        private Job job(Notice n, Language l) {
            String unit = l.code() + "/" + n.id();
            return jobs.computeIfAbsent(unit, u -> {
                String inputs = inputs(common, n, l);
                Optional<BuildCache.Unit> reused = cache.reuse(u, inputs);
                return new Job(u, inputs, reused,
                        reused.isPresent() ? null : pool.submit(() -> renderers.unit(repo, n, l, date(n))));
            });
        }

        /**
         * Puts every file of the {@code published} notices into {@code sink}, unit by unit in order, then the
         * index pages and the manifest, and returns their names, sorted. What was rendered for a notice that
         * is not published is dropped. Nothing is put when nothing is published.
         */
        List<String> finish(List<Notice> published, OutputSink sink)
                throws RenderException, PdfRenderException, IOException {
            if (published.isEmpty()) {
                return List.of();
            }
            List<String> allInputs = new ArrayList<>();
            TreeSet<String> names = new TreeSet<>();
            Map<String, BuildCache.Unit> units = new TreeMap<>();
            Map<Language, List<Notice>> listed = new EnumMap<>(Language.class);
            List<Job> taken = new ArrayList<>();
            for (Notice n : published) {
                for (Language l : languages(n)) {
                    Job job = job(n, l);
                    taken.add(job);
                    allInputs.add(job.unit() + "=" + job.inputs());
                    listed.computeIfAbsent(l, k -> new ArrayList<>()).add(n);
                }
            }
            dropAllBut(taken);
            // units are taken in order, each as soon as it is done, and let go of once in the sink
            for (int i = 0; i < taken.size(); i++) {
                Job job = taken.set(i, null);
                units.put(job.unit(), job.reused().isPresent() ? keep(job.reused().get(), sink)
                        : put(job.inputs(), join(job.rendering()), sink));
            }
            // the index pages list every published notice: they depend on all of them, and on nothing else
            String indexInputs = BuildCache.digest(allInputs.stream().map(x -> x.getBytes(StandardCharsets.UTF_8))
                    .toList());
            Optional<BuildCache.Unit> indexesKept = cache.reuse(INDEX_UNIT, indexInputs);
            BuildCache.Unit indexes = indexesKept.isPresent() ? keep(indexesKept.get(), sink)
                    : put(indexInputs, renderers.indexes(repo, published, listed), sink);
            if (!indexes.files().isEmpty()) {
                units.put(INDEX_UNIT, indexes);
            }
            units.values().forEach(u -> names.addAll(u.files().keySet()));
            sink.put(BuildCache.MANIFEST, BuildCache.manifest(units));
            names.add(BuildCache.MANIFEST);
            return List.copyOf(names);
        }

        /** The files of a unit the output folder already holds, kept there. */
        private static BuildCache.Unit keep(BuildCache.Unit unit, OutputSink sink) throws IOException {
            for (String name : unit.files().keySet()) {
                sink.keep(name);
            }
            return unit;
        }

        /** The files of a unit made from {@code inputs}, put into the sink. */
        private static BuildCache.Unit put(String inputs, Map<String, byte[]> made, OutputSink sink)
                throws IOException {
            for (Map.Entry<String, byte[]> f : made.entrySet()) {
                sink.put(f.getKey(), f.getValue());
            }
            return BuildCache.Unit.of(inputs, made);
        }

        /**
         * Cancels the units of notices not published after all, and forgets every job: from here on only
         * {@code taken} holds them, and lets go of each once it is written.
         */
        private void dropAllBut(List<Job> taken) {
            Set<Job> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
            wanted.addAll(taken);
            jobs.values().stream().filter(j -> !wanted.contains(j)).forEach(Job::cancel);
            jobs.clear();
        }

        /** Stops whatever is still being rendered. */
        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** One notice in one language: taken from the output folder, or being rendered. */
    private record Job(String unit, String inputs, Optional<BuildCache.Unit> reused,
            Future<Map<String, byte[]>> rendering) {

        void cancel() {
            if (rendering != null) {
                rendering.cancel(false);
            }
        }
    }

    /** What every unit's files depend on besides its own sources: seloste, the templates and the options. */
    static byte[] common(BuildRequest request, Path base) throws IOException {
        Path templates = base.resolve(request.templates());
        String options = new TreeSet<>(request.formats()) + "|" + request.timestamp().map(Instant::toString).orElse("-");
        return BuildCache.digest(List.of(codeFingerprint(), BuildCache.treeDigest(templates),
                options.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.US_ASCII);
    }

    private String inputs(byte[] common, Notice n, Language l) {
        TreeSet<String> files = new TreeSet<>();
        files.add(n.origin().at().file());
        repo.controller(n.controller()).ifPresent(c -> files.add(c.origin().at().file()));
        n.recipients().forEach(d -> repo.recipient(d.recipient()).ifPresent(r -> files.add(r.origin().at().file())));
        n.transfers().forEach(t -> repo.recipient(t.recipient()).ifPresent(r -> files.add(r.origin().at().file())));
        List<byte[]> parts = new ArrayList<>();
        parts.add(common);
        parts.add(l.code().getBytes(StandardCharsets.US_ASCII));
        for (String f : files) {
            parts.add(f.getBytes(StandardCharsets.UTF_8));
            parts.add(sources.computeIfAbsent(f, this::digestOf).getBytes(StandardCharsets.US_ASCII));
        }
        return BuildCache.digest(parts);
    }

    /**
     * The digest of a source file, read once per build: a shared recipients file goes into the inputs
     * of every unit, and hashing it again for each of them took longer than the rest of a no-op rebuild.
     */
    private String digestOf(String label) {
        return BuildCache.uncheckedDigestOf(base.resolve(label));
    }

    /** seloste's own code: the jar's size and time, or the newest class file when run from classes. */
    private static byte[] codeFingerprint() throws IOException {
        try {
            Path code = Path.of(OutputFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return (Files.size(code) + "@" + Files.getLastModifiedTime(code)).getBytes(StandardCharsets.UTF_8);
            }
            return BuildCache.treeDigest(code);
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown".getBytes(StandardCharsets.US_ASCII);
        }
    }

    private Instant date(Notice n) {
        return request.timestamp().orElse(n.effective().atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private List<Language> languages(Notice n) {
        return request.languages().isEmpty() ? n.languages()
                : n.languages().stream().filter(request.languages()::contains).toList();
    }

    private static Map<String, byte[]> join(Future<Map<String, byte[]>> job)
            throws RenderException, PdfRenderException, IOException {
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RenderException r) {
                throw r;
            }
            if (c instanceof PdfRenderException p) {
                throw p;
            }
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException("rendering failed", c);
        }
    }

    /** The renderers of one build, built once and shared by all threads. */
    private static final class Renderers {

        private final Path templates;
        private final boolean html;
        private final boolean markdown;
        private final boolean withPdf;
        private HtmlMarkdownRenderer pages;
        private SiteRenderer site;
        private PdfRenderer pdf;

        /** Nothing is built until a unit needs rendering: a rebuild that renders nothing loads no templates or fonts. */
        Renderers(Path templates, java.util.Set<OutputFormat> formats) {
            this.templates = templates;
            html = formats.contains(OutputFormat.HTML);
            markdown = formats.contains(OutputFormat.MARKDOWN);
            withPdf = formats.contains(OutputFormat.PDF);
        }

        private synchronized void ready() {
            if (pages == null) {
                pages = new HtmlMarkdownRenderer(templates);
                site = html ? new SiteRenderer(templates) : null;
                pdf = withPdf ? new PdfRenderer() : null;
            }
        }

        Map<String, byte[]> unit(Repository repo, Notice n, Language l, Instant date)
                throws RenderException, PdfRenderException {
            ready();
            Map<String, byte[]> files = new LinkedHashMap<>();
            // the machine-readable notice (DPV JSON-LD) travels with the page, and inside it
            String jsonLd = NoticeJsonLd.of(repo, n, l);
            Rendered r = pages.render(repo, n, l, jsonLd);
            String stem = l.code() + "/" + n.id() + ".";
            if (html) {
                files.put(stem + "html", utf8(r.html()));
                files.put(stem + "fragment.html", utf8(site.fragment(repo, n, l)));
                files.put(stem + "summary.html", utf8(site.summary(repo, n, l)));
                files.put(stem + "jsonld", utf8(jsonLd));
            }
            if (markdown) {
                files.put(stem + "md", utf8(r.markdown()));
            }
            if (pdf != null) {
                files.put(stem + "pdf", pdf.render(r.html(), date));
            }
            return files;
        }

        Map<String, byte[]> indexes(Repository repo, List<Notice> published, Map<Language, List<Notice>> listed)
                throws RenderException {
            Map<String, byte[]> files = new TreeMap<>();
            if (html && !listed.isEmpty()) {
                ready();
                for (Map.Entry<Language, List<Notice>> e : listed.entrySet()) {
                    files.put(e.getKey().code() + "/index.html",
                            utf8(site.index(repo, e.getValue(), e.getKey(), listed.keySet(), withPdf)));
                }
                files.put("index.html", utf8(site.root(repo, published, List.copyOf(listed.keySet()))));
            }
            return files;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
