package seloste.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import seloste.model.Controller;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.render.IndexView.Entry;
import seloste.render.IndexView.Link;
import seloste.render.IndexView.Page;
import seloste.render.IndexView.Root;
import seloste.render.IndexView.RootLink;
import seloste.render.IndexView.RootPage;

/** Builds the lists of notices: one per language, and the front page that links to them. */
final class IndexViews {

    private IndexViews() {
    }

    /**
     * The list of {@code notices} in {@code language}, sorted by title as that language sorts.
     *
     * @param languages the languages that have a list, for the switcher
     */
    static IndexView list(Repository repo, List<Notice> notices, Language language, Set<Language> languages,
            boolean pdf, PhraseCatalogue phrases) {
        Phrasebook book = phrases.in(language);
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language.code()));
        List<Entry> entries = new ArrayList<>();
        for (Notice n : notices) {
            entries.add(new Entry(n.title().get(language), n.id() + ".html",
                    pdf ? Optional.of(n.id() + ".pdf") : Optional.empty(),
                    book.get("document.version", "version", n.version(), "date", Dates.format(n.effective(), language))));
        }
        entries.sort(Comparator.comparing(Entry::title, collator).thenComparing(Entry::html));
        List<Link> links = new ArrayList<>();
        for (Language l : Language.values()) {
            if (languages.contains(l)) {
                links.add(new Link(l.code(), book.get("language." + l.code()), "../" + l.code() + "/index.html",
                        l == language));
            }
        }
        Optional<String> controller = controllers(repo, notices, language);
        String title = book.get("index.title");
        Page page = new Page(language.code(),
                controller.map(c -> book.get("document.page_title", "title", title, "controller", c)).orElse(title),
                title, book.get("index.intro"), controller, links, links.stream().filter(l -> !l.current()).toList());
        Map<String, String> label = Map.of("skip_link", book.get("label.skip_link"),
                "languages", book.get("label.languages"), "pdf", book.get("index.pdf"));
        return new IndexView(page, label, entries);
    }

    /** The front page: a link to each language's list, in that language; the first language is the page's. */
    static Root root(Repository repo, List<Notice> notices, List<Language> languages, PhraseCatalogue phrases) {
        List<RootLink> links = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Language l : languages) {
            Phrasebook book = phrases.in(l);
            links.add(new RootLink(l.code(), book.get("index.title"), book.get("index.in_language"),
                    l.code() + "/index.html"));
            titles.add(book.get("index.title"));
        }
        Language first = languages.get(0);
        return new Root(new RootPage(first.code(), String.join(" · ", titles), controllers(repo, notices, first)),
                links);
    }

    /** The names of the notices' controllers in {@code language}, joined; empty when none is defined. */
    private static Optional<String> controllers(Repository repo, List<Notice> notices, Language language) {
        Set<String> names = new LinkedHashSet<>();
        for (Notice n : notices) {
            repo.controller(n.controller()).map(Controller::name).ifPresent(name -> names.add(name.get(language)));
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(Lists.join(List.copyOf(names), language));
    }
}
