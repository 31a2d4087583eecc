package seloste;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/**
 * Every file of the output folder, rendered in memory: for each notice and language
 * {@code <lang>/<id>.html}, {@code .fragment.html}, {@code .jsonld}, {@code .md} and {@code .pdf}, and, with HTML,
 * the list of notices in each language ({@code <lang>/index.html}) and the front page that links
 * to those lists ({@code index.html}). Paths are relative and use {@code /}; the map is sorted.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    static Map<String, byte[]> render(Repository repo, List<Notice> published, BuildRequest request, Path templates)
            throws RenderException, PdfRenderException {
        Map<String, byte[]> files = new TreeMap<>();
        if (published.isEmpty()) {
            return files;
        }
        boolean html = request.formats().contains(OutputFormat.HTML);
        boolean markdown = request.formats().contains(OutputFormat.MARKDOWN);
        HtmlMarkdownRenderer pages = new HtmlMarkdownRenderer(templates);
        SiteRenderer site = html ? new SiteRenderer(templates) : null;
        PdfRenderer pdf = request.formats().contains(OutputFormat.PDF) ? new PdfRenderer() : null;
        Map<Language, List<Notice>> listed = new EnumMap<>(Language.class);
        for (Notice n : published) {
            Instant date = request.timestamp().orElse(n.effective().atStartOfDay().toInstant(ZoneOffset.UTC));
            for (Language l : languages(n, request)) {
                Rendered r = pages.render(repo, n, l);
                String stem = l.code() + "/" + n.id() + ".";
                if (html) {
                    files.put(stem + "html", utf8(r.html()));
                    files.put(stem + "fragment.html", utf8(site.fragment(repo, n, l)));
                    // the machine-readable notice (DPV JSON-LD) travels with the page
                    files.put(stem + "jsonld", utf8(NoticeJsonLd.of(repo, n, l)));
                }
                if (markdown) {
                    files.put(stem + "md", utf8(r.markdown()));
                }
                if (pdf != null) {
                    files.put(stem + "pdf", pdf.render(r.html(), date));
                }
                listed.computeIfAbsent(l, k -> new ArrayList<>()).add(n);
            }
        }
        if (html && !listed.isEmpty()) {
            for (Map.Entry<Language, List<Notice>> e : listed.entrySet()) {
                files.put(e.getKey().code() + "/index.html",
                        utf8(site.index(repo, e.getValue(), e.getKey(), listed.keySet(), pdf != null)));
            }
            files.put("index.html", utf8(site.root(repo, published, List.copyOf(listed.keySet()))));
        }
        return files;
    }

    private static List<Language> languages(Notice n, BuildRequest request) {
        return request.languages().isEmpty() ? n.languages()
                : n.languages().stream().filter(request.languages()::contains).toList();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
