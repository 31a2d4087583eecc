package seloste.publish;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** XPath over our polyglot pages, with {@code h:} bound to the XHTML namespace: {@code //h:main/h:h1}. */
final class Xhtml {

    static final String NS = "http://www.w3.org/1999/xhtml";

    private Xhtml() {
    }

    static List<Element> all(Node context, String xpath) {
        try {
            NodeList nodes = (NodeList) xpath().evaluate(xpath, context, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    static String text(Node context, String xpath) {
        try {
            return ((String) xpath().evaluate(xpath, context, XPathConstants.STRING)).replaceAll("\\s+", " ").strip();
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    static List<String> texts(Node context, String xpath) {
        return all(context, xpath).stream().map(e -> e.getTextContent().replaceAll("\\s+", " ").strip()).toList();
    }

    private static XPath xpath() {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "h".equals(prefix) ? NS : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return x;
    }
}
