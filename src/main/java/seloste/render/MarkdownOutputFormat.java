package seloste.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * Auto-escaping for CommonMark and GitHub-flavoured Markdown, registered for {@code .ftlmd}
 * templates. Every interpolated value comes out as literal text on one line: newlines fold to
 * spaces, inline and block syntax is backslash-escaped, and bare URLs are broken up
 * ({@code http\://}, {@code www\.}) so that GFM's extended autolinks do not turn them into
 * links. A backslash escape also works inside a link destination, so an escaped URL can still be
 * written as {@code [text](url)} by the template.
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {

    static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    /**
     * Escaped wherever they occur: emphasis, code spans, link and image brackets, raw HTML and
     * autolinks, table cells, entities, e-mail autolinks ({@code @}) and the markers of common
     * extensions. Parentheses and {@code !} need no escape once brackets are escaped, since no
     * link can start.
     */
    private static final String ALWAYS = "\\`*_[]<>|&~{}$^@";

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        String s = plainTextContent.replaceAll("\\R", " ").replace('\t', ' ').stripLeading();
        StringBuilder b = new StringBuilder(s.length() + 16);
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ALWAYS.indexOf(c) >= 0
                    || i == 0 && startsBlock(s)
                    || i == digits && orderedListMarker(s, digits)
                    || c == ':' && s.startsWith("//", i + 1)
                    || c == '.' && i >= 3 && s.regionMatches(true, i - 3, "www", 0, 3)) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Whether a value starting a line would start a heading, list item, block quote, thematic break
     * or setext underline: {@code #} always, {@code + - =} before a space or the same character.
     */
    private static boolean startsBlock(String s) {
        char c = s.charAt(0);
        if (c == '#') {
            return true;
        }
        if ("+-=".indexOf(c) < 0) {
            return false;
        }
        return s.length() == 1 || Character.isWhitespace(s.charAt(1)) || s.charAt(1) == c;
    }

    /** Whether 1-9 leading digits and the {@code .} or {@code )} after them would start an ordered list. */
    private static boolean orderedListMarker(String s, int digits) {
        char c = s.charAt(digits);
        return digits > 0 && digits <= 9 && (c == '.' || c == ')')
                && (digits + 1 == s.length() || Character.isWhitespace(s.charAt(digits + 1)));
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** Markdown text that is already escaped (or is markup written in the template). */
    static final class Model extends CommonTemplateMarkupOutputModel<Model> {

        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
