package seloste.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import seloste.jsonld.NoticeJsonLd;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;

/**
 * Renders a notice as an HTML page and a Markdown document in one language, from the FreeMarker
 * templates and the phrase catalogue in a templates folder ({@code html/notice.ftlh},
 * {@code markdown/notice.ftlmd}, {@code phrases/<lang>.yaml}). When the folder does not exist,
 * the copy bundled under {@code templates/} on the classpath is used.
 *
 * <p>Templates and phrases are read and checked once, in the constructor; after that one instance
 * may render from many threads at once. If they cannot be read or are broken, the constructor
 * still returns, and every {@link #render} call reports the problem as a {@link RenderException}.
 */
public final class HtmlMarkdownRenderer {

    static final String HTML_TEMPLATE = "html/notice.ftlh";
    static final String MARKDOWN_TEMPLATE = "markdown/notice.ftlmd";

    private final Template html;
    private final Template markdown;
    private final PhraseCatalogue phrases;
    private final RenderException broken;

    public HtmlMarkdownRenderer(Path templatesDir) {
        TemplateSource source = TemplateSource.of(templatesDir);
        Template h = null;
        Template m = null;
        PhraseCatalogue p = null;
        RenderException problem = null;
        try {
            Configuration cfg = Freemarker.configure(source.loader());
            h = load(cfg, source, HTML_TEMPLATE);
            m = load(cfg, source, MARKDOWN_TEMPLATE);
            p = PhraseCatalogue.load(source);
        } catch (RenderException e) {
            problem = e;
        } catch (IOException e) {
            problem = new RenderException("Cannot read the templates in " + source.describe("") + ": "
                    + e.getMessage(), e);
        }
        this.html = h;
        this.markdown = m;
        this.phrases = p;
        this.broken = problem;
    }

    /**
     * The notice in {@code language}, as HTML and Markdown.
     *
     * @throws RenderException when the templates or phrases are broken, the notice is not published
     *     in {@code language}, or it refers to a controller, recipient, purpose or category that
     *     does not exist
     */
    public Rendered render(Repository repo, Notice notice, Language language) throws RenderException {
        return render(repo, notice, language, NoticeJsonLd.of(repo, notice, language));
    }

    /**
     * The notice in {@code language}, as HTML and Markdown, with {@code jsonLd} (the notice as
     * {@link NoticeJsonLd} writes it, safe inside a {@code <script>} element) in the page's head.
     *
     * @throws RenderException as {@link #render(Repository, Notice, Language)} does
     */
    public Rendered render(Repository repo, Notice notice, Language language, String jsonLd) throws RenderException {
        if (broken != null) {
            throw new RenderException(broken.getMessage(), broken);
        }
        if (!notice.languages().contains(language)) {
            throw new RenderException("The notice " + notice.id() + " is not published in the language "
                    + language.code());
        }
        Map<String, Object> model = new LinkedHashMap<>();
        try {
            if (TemplateModels.of(NoticeViews.build(new ViewContext(repo, notice, language, phrases.in(language))))
                    instanceof Map<?, ?> view) {
                view.forEach((k, v) -> model.put(k.toString(), v));
            }
        } catch (ViewException e) {
            throw new RenderException(e.getMessage(), e);
        }
        String markdownText = tidy(process(markdown, model));
        // already markup: the template prints it as it is, which .ftlh allows for no plain string
        model.put("jsonld", jsonLdMarkup(jsonLd));
        return new Rendered(process(html, model), markdownText);
    }

    /**
     * The JSON-LD as markup for the {@code <script>} element. Only text with no {@code <}, {@code >} or
     * {@code &} is taken, which {@link NoticeJsonLd} guarantees, so it cannot end the element early.
     */
    private static TemplateModel jsonLdMarkup(String jsonLd) throws RenderException {
        if (jsonLd.indexOf('<') >= 0 || jsonLd.indexOf('>') >= 0 || jsonLd.indexOf('&') >= 0) {
            throw new RenderException("The JSON-LD of a notice must not contain <, > or &");
        }
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(jsonLd);
        } catch (TemplateModelException e) {
            throw new RenderException("Cannot embed the JSON-LD: " + e.getMessage(), e);
        }
    }

    /** At most one blank line between blocks, and exactly one newline at the end. */
    private static String tidy(String markdown) {
        return markdown.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    static Template load(Configuration cfg, TemplateSource source, String name) throws RenderException {
        try {
            return cfg.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new RenderException("Template " + name + " was not found in " + source.describe(""), e);
        } catch (ParseException e) {
            throw new RenderException("Template " + name + ", line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new RenderException("Cannot read template " + source.describe(name) + ": " + e.getMessage(), e);
        }
    }

    static String process(Template template, Object model) throws RenderException {
        StringWriter out = new StringWriter(32_768);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            String where = e.getLineNumber() == null ? "" : ", line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber();
            String name = e.getTemplateSourceName() == null ? template.getSourceName() : e.getTemplateSourceName();
            throw new RenderException("Template " + name + where + ": " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new RenderException("Cannot write the output of " + template.getSourceName() + ": "
                    + e.getMessage(), e);
        }
        return out.toString();
    }
}
