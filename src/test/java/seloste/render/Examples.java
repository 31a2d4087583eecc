package seloste.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;

/** The example notices in notices/, rendered with the real templates in every language they declare. */
final class Examples {

    /** One example notice in one language. */
    record Page(String notice, Language language, Rendered rendered) {

        @Override
        public String toString() {
            return notice + " (" + language.code() + ")";
        }
    }

    private Examples() {
    }

    static Repository repository() {
        LoadResult loaded = new Loader(Path.of(".")).load(List.of(Path.of("notices")));
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("the examples in notices/ do not load: " + loaded.problems());
        }
        return loaded.repository();
    }

    static List<Page> pages() throws RenderException {
        Repository repo = repository();
        HtmlMarkdownRenderer renderer = new HtmlMarkdownRenderer(Path.of("templates"));
        List<Page> out = new ArrayList<>();
        for (Notice n : repo.notices()) {
            for (Language l : n.languages()) {
                out.add(new Page(n.id(), l, renderer.render(repo, n, l)));
            }
        }
        return out;
    }
}
