package seloste.publish;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (the engine of validator.w3.org/nu), in-process and offline: the HTML5
 * schema it needs is bundled in its jar. Errors are what the checker itself calls errors; its
 * warnings and informative notes ("Trailing slash on void elements has no effect") are not.
 */
final class NuChecker {

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuChecker() throws Exception {
        // false: log4j is configured by src/test/resources/log4j.properties, not at the checker's debug level
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The errors in one HTML document, as {@code name:line:column: message}. */
    synchronized List<String> errors(String name, String html) throws Exception {
        collector.errors.clear();
        collector.name = name;
        InputSource in = new InputSource(new StringReader(html));
        in.setSystemId(name);
        in.setEncoding("UTF-8");
        validator.checkHtmlInputSource(in);
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {

        final List<String> errors = new ArrayList<>();
        String name = "";

        @Override
        public void warning(SAXParseException e) {
            // warnings and informative notes do not make a page invalid
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
