package seloste.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Escaping for the inside of a double-quoted YAML scalar, used for the front matter of the
 * Markdown output ({@code <#outputformat "YAMLString">title: "${title}"</#outputformat>}).
 * A value can neither close the quotes nor start a new line. Characters that Markdown reads as
 * markup, and the {@code :} of {@code ://}, are written as YAML backslash-u escapes: a YAML reader
 * gets the text back unchanged, and a Markdown renderer that does not know front matter shows
 * them as plain text.
 */
final class YamlStringOutputFormat extends CommonMarkupOutputFormat<YamlStringOutputFormat.Model> {

    static final YamlStringOutputFormat INSTANCE = new YamlStringOutputFormat();

    private static final String MARKUP = "<>&*_[]`|~{}$^#!";

    private YamlStringOutputFormat() {
    }

    @Override
    public String getName() {
        return "YAMLString";
    }

    @Override
    public String getMimeType() {
        return "application/yaml";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        StringBuilder b = new StringBuilder(plainTextContent.length() + 8);
        for (int i = 0; i < plainTextContent.length(); i++) {
            char c = plainTextContent.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                            || MARKUP.indexOf(c) >= 0 || c == ':' && plainTextContent.startsWith("//", i + 1)) {
                        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** Text already escaped for a double-quoted YAML scalar. */
    static final class Model extends CommonTemplateMarkupOutputModel<Model> {

        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public YamlStringOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
