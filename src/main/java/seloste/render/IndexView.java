package seloste.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the list of notices in one language ({@code html/index.ftlh}) renders.
 *
 * @param label the page furniture: {@code skip_link}, {@code languages}, {@code pdf}
 * @param notices the notices published in this language, sorted by title
 */
record IndexView(Page page, Map<String, String> label, List<Entry> notices) {

    IndexView {
        label = Map.copyOf(label);
        notices = List.copyOf(notices);
    }

    /**
     * The page around the list.
     *
     * @param title the {@code <title>}: the heading and the controller
     * @param heading the {@code <h1>}: "Tietosuojaselosteet"
     * @param controller the controller (or controllers, joined) of the notices, when there is one
     * @param languages every language that has a list, for the switcher
     * @param alternates the other languages' lists, for {@code <link rel="alternate">}
     */
    record Page(String lang, String title, String heading, String intro, Optional<String> controller, List<Link> languages,
            List<Link> alternates) {

        Page {
            languages = List.copyOf(languages);
            alternates = List.copyOf(alternates);
        }
    }

    /** A link to a list in one language, named in that language. */
    record Link(String lang, String name, String href, boolean current) {
    }

    /**
     * One notice in the list.
     *
     * @param html the notice's page, relative to the list
     * @param pdf its PDF, when PDFs are built
     * @param version "Versio 1.10, voimassa 2.11.2026 alkaen"
     */
    record Entry(String title, String html, Optional<String> pdf, String version) {
    }

    /**
     * What the front page of the output folder ({@code html/root.ftlh}) renders: one link per
     * language, each worded in its own language.
     */
    record Root(RootPage page, List<RootLink> languages) {

        Root {
            languages = List.copyOf(languages);
        }
    }

    /** @param lang the page's own language: the first of the lists */
    record RootPage(String lang, String title, Optional<String> controller) {
    }

    /** @param title "Tietosuojaselosteet"; @param link "Tietosuojaselosteet suomeksi" */
    record RootLink(String lang, String title, String link, String href) {
    }
}
