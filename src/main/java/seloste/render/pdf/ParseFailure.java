package seloste.render.pdf;

import com.openhtmltopdf.util.XRRuntimeException;
import org.xml.sax.SAXParseException;

/**
 * Turns openhtmltopdf's failure to load a document into a message that names the XML problem
 * and where it is.
 */
final class ParseFailure {

    private ParseFailure() {
    }

    /** The exception to report for {@code failure}, keeping it as the cause. */
    static PdfRenderException explain(XRRuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return new PdfRenderException("the XHTML is not well-formed XML: line " + sax.getLineNumber()
                        + ", column " + sax.getColumnNumber() + ": " + sax.getMessage(), failure);
            }
        }
        return new PdfRenderException("the XHTML could not be loaded: " + failure.getMessage(), failure);
    }
}
