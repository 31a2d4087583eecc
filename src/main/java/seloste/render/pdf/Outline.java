package seloste.render.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds the PDF outline from the headings: each {@code <h1>} becomes a top-level bookmark and
 * each {@code <h2>} a bookmark under the {@code <h1>} before it. openhtmltopdf reads the result
 * from a {@code <bookmarks>} element in the head, which we add to the DOM only, so the HTML that
 * templates write stays valid HTML5.
 */
final class Outline {

    private static final String GENERATED_ID = "seloste-pdf-heading-";

    private Outline() {
    }

    /** Adds {@code <bookmarks>} to {@code head}, giving headings without an id a fresh one. */
    static void insert(Document doc, Element head) {
        List<Element> headings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        collect(doc.getDocumentElement(), headings, ids);

        Element bookmarks = doc.createElementNS(DomPreparation.XHTML_NS, "bookmarks");
        Element currentTop = null;
        int generated = 0;
        for (Element heading : headings) {
            String title = text(heading);
            if (title.isEmpty()) {
                continue;
            }
            String id = heading.getAttribute("id");
            if (id.isBlank()) {
                do {
                    id = GENERATED_ID + ++generated;
                } while (!ids.add(id));
                heading.setAttribute("id", id);
            }
            Element bookmark = doc.createElementNS(DomPreparation.XHTML_NS, "bookmark");
            bookmark.setAttribute("name", title);
            bookmark.setAttribute("href", "#" + id);
            if ("h1".equals(DomPreparation.name(heading))) {
                bookmarks.appendChild(bookmark);
                currentTop = bookmark;
            } else if (currentTop != null) {
                currentTop.appendChild(bookmark);
            } else {
                bookmarks.appendChild(bookmark);
            }
        }
        if (bookmarks.hasChildNodes()) {
            head.appendChild(bookmarks);
        }
    }

    private static void collect(Element element, List<Element> headings, Set<String> ids) {
        if (element.hasAttribute("id")) {
            ids.add(element.getAttribute("id"));
        }
        String name = DomPreparation.name(element);
        if ("h1".equals(name) || "h2".equals(name)) {
            headings.add(element);
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                collect((Element) n, headings, ids);
            }
        }
    }

    private static String text(Element heading) {
        return heading.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
