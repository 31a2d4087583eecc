package seloste.render.pdf;

import com.openhtmltopdf.extend.FSDOMMutator;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Prepares the parsed XHTML for rendering: lifts {@code @media print} rules to the top level of
 * each {@code <style>}, puts the base stylesheet first in the head, so the document's own styles
 * override it, and adds the outline. openhtmltopdf calls it after parsing and before reading any
 * stylesheet. One instance serves one render.
 */
final class DomPreparation implements FSDOMMutator {

    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private final String baseCss;
    private String problem;

    DomPreparation(String baseCss) {
        this.baseCss = baseCss;
    }

    @Override
    public void mutateDocument(Document doc) {
        Element html = doc.getDocumentElement();
        if (html == null || !"html".equals(name(html))) {
            problem = "the input is not an XHTML document: its root element is not <html>";
            return;
        }
        if (html.getAttribute("lang").isBlank()) {
            problem = "the <html> element has no lang attribute; PDF/UA needs the document language";
            return;
        }
        Element head = head(doc, html);
        liftPrintMedia(html);
        Element style = doc.createElementNS(XHTML_NS, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(baseCss);
        head.insertBefore(style, head.getFirstChild());
        Outline.insert(doc, head);
    }

    /** What makes the document unusable, if anything; set once {@link #mutateDocument} ran. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private static void liftPrintMedia(Element element) {
        if ("style".equals(name(element))) {
            String css = element.getTextContent();
            String lifted = PrintMediaCss.unwrap(css);
            if (!lifted.equals(css)) {
                element.setTextContent(lifted);
            }
            return;
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                liftPrintMedia((Element) n);
            }
        }
    }

    /** The local name of an element in lower case, whether or not the DOM is namespace-aware. */
    static String name(Node node) {
        String local = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        return local.toLowerCase(Locale.ROOT);
    }

    private static Element head(Document doc, Element html) {
        for (Node n = html.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && "head".equals(name(n))) {
                return (Element) n;
            }
        }
        Element head = doc.createElementNS(XHTML_NS, "head");
        html.insertBefore(head, html.getFirstChild());
        return head;
    }
}
