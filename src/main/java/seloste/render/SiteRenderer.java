package seloste.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;

/**
 * Renders what a published folder of notices has besides the notices themselves: the list of
 * notices in each language ({@code html/index.ftlh}), the front page that links to those lists
 * ({@code html/root.ftlh}), each notice as a fragment to embed in a content management system
 * ({@code html/fragment.ftlh}, whose stylesheet is {@code html/notice.css} scoped to the fragment),
 * and each notice's first layer as a short page of its own ({@code html/summary.ftlh}).
 *
 * <p>Like {@link HtmlMarkdownRenderer}, it reads the templates folder (or the bundled copy) once,
 * in the constructor, reports broken templates from every call, and may render from many threads.
 */
public final class SiteRenderer {

    static final String INDEX_TEMPLATE = "html/index.ftlh";
    static final String ROOT_TEMPLATE = "html/root.ftlh";
    static final String FRAGMENT_TEMPLATE = "html/fragment.ftlh";
    static final String SUMMARY_TEMPLATE = "html/summary.ftlh";
    static final String STYLESHEET = "html/notice.css";
    /** The class of the fragment's root element, under which its styles apply. */
    static final String SCOPE = ".seloste-notice";

    private final Template index;
    private final Template root;
    private final Template fragment;
    private final Template summary;
    private final PhraseCatalogue phrases;
    private final String fragmentStylesheet;
    private final RenderException broken;

    public SiteRenderer(Path templatesDir) {
        TemplateSource source = TemplateSource.of(templatesDir);
        Template i = null;
        Template r = null;
        Template f = null;
        Template s = null;
        PhraseCatalogue p = null;
        String css = null;
        RenderException problem = null;
        try {
            Configuration cfg = Freemarker.configure(source.loader());
            i = HtmlMarkdownRenderer.load(cfg, source, INDEX_TEMPLATE);
            r = HtmlMarkdownRenderer.load(cfg, source, ROOT_TEMPLATE);
            f = HtmlMarkdownRenderer.load(cfg, source, FRAGMENT_TEMPLATE);
            s = HtmlMarkdownRenderer.load(cfg, source, SUMMARY_TEMPLATE);
            p = PhraseCatalogue.load(source);
            css = ScopedCss.dataUrl(ScopedCss.scope(source.read(STYLESHEET), SCOPE));
        } catch (RenderException e) {
            problem = e;
        } catch (IOException e) {
            problem = new RenderException("Cannot read the templates in " + source.describe("") + ": "
                    + e.getMessage(), e);
        }
        this.index = i;
        this.root = r;
        this.fragment = f;
        this.summary = s;
        this.phrases = p;
        this.fragmentStylesheet = css;
        this.broken = problem;
    }

    /**
     * The list of notices in one language, for {@code <lang>/index.html}: each notice's title linked
     * to its page, its version and effective date, and its PDF.
     *
     * @param notices the notices published in {@code language}
     * @param languages every language that has a list, for the language switcher
     * @param pdf whether each notice's PDF is published beside its page
     */
    public String index(Repository repo, List<Notice> notices, Language language, Set<Language> languages,
            boolean pdf) throws RenderException {
        ready();
        try {
            return HtmlMarkdownRenderer.process(index,
                    TemplateModels.of(IndexViews.list(repo, notices, language, languages, pdf, phrases)));
        } catch (ViewException e) {
            throw new RenderException(e.getMessage(), e);
        }
    }

    /**
     * The front page, for {@code index.html}: a link to the list in each of {@code languages}, each
     * in its own language.
     *
     * @param languages the languages that have a list, in output order; not empty
     */
    public String root(Repository repo, List<Notice> notices, List<Language> languages) throws RenderException {
        ready();
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("the front page needs at least one language");
        }
        try {
            return HtmlMarkdownRenderer.process(root,
                    TemplateModels.of(IndexViews.root(repo, notices, languages, phrases)));
        } catch (ViewException e) {
            throw new RenderException(e.getMessage(), e);
        }
    }

    /**
     * The notice as an HTML fragment without {@code <html>}, {@code <head>} or {@code <body>}: one
     * {@code <article class="seloste-notice">} with its language, its scoped stylesheet and ids that
     * start with {@code seloste-}.
     *
     * @throws RenderException as {@link HtmlMarkdownRenderer#render} does
     */
    public String fragment(Repository repo, Notice notice, Language language) throws RenderException {
        Map<String, Object> model = noticeModel(repo, notice, language);
        model.put("fragment", Map.of("stylesheet", fragmentStylesheet));
        return HtmlMarkdownRenderer.process(fragment, model);
    }

    /**
     * The first layer of the notice as a short page of its own, for {@code <lang>/<id>.summary.html}:
     * who, why and on what basis, how long, your rights and whom to contact, each linking to its
     * section of the full notice {@code <id>.html}, for a web form to link to.
     *
     * @throws RenderException as {@link HtmlMarkdownRenderer#render} does
     */
    public String summary(Repository repo, Notice notice, Language language) throws RenderException {
        return HtmlMarkdownRenderer.process(summary, noticeModel(repo, notice, language));
    }

    private Map<String, Object> noticeModel(Repository repo, Notice notice, Language language)
            throws RenderException {
        ready();
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
        return model;
    }

    private void ready() throws RenderException {
        if (broken != null) {
            throw new RenderException(broken.getMessage(), broken);
        }
    }
}
