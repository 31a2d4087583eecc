package seloste.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON text that can stand inside an HTML or XHTML {@code <script>} element as it is: {@code <},
 * {@code >} and {@code &} are written as {@code \u003C}, {@code \u003E} and {@code \u0026}, so no
 * {@code </script>}, comment or entity can appear, and the JSON means the same.
 */
final class ScriptSafeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Two spaces and a line feed on every platform, {@code "key": value}: the same bytes everywhere. */
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private ScriptSafeJson() {
    }

    static String write(JsonNode node) {
        try {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(INDENT).withArrayIndenter(INDENT);
            return MAPPER.writer(pretty).with(new Escapes()).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always serialises", e);
        }
    }

    /** Jackson's standard escapes plus the three characters markup gives a meaning to. */
    private static final class Escapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        Escapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
            ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
            ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
