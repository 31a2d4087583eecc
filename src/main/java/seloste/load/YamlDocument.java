package seloste.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;
import seloste.model.SourcePosition;

/**
 * Turns the bytes of one file into a YAML node tree, within bounds: strict UTF-8, a size limit,
 * one document, no tags, few aliases and a nesting limit, each reported at its position.
 */
final class YamlDocument {

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 40;
    static final int MAX_ALIASES = 20;
    /**
     * YAML's failsafe schema, where every scalar is a string and an empty plain one is null, resolved
     * without the regular expression snakeyaml-engine's {@code FailsafeSchema} matches every plain
     * scalar against: a matcher per scalar made 116 MB of the 2.5 GB a check of 1000 notices allocated.
     */
    static final Schema STRINGS = new Schema() {
        private final ScalarResolver resolver =
                (value, implicit) -> implicit && value.isEmpty() ? Tag.NULL : Tag.STR;

        @Override
        public ScalarResolver getScalarResolver() {
            return resolver;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return Map.of();
        }
    };

    private YamlDocument() {
    }

    static Optional<Node> parse(String file, byte[] bytes, Problems problems) {
        SourcePosition whole = SourcePosition.wholeFile(file);
        if (bytes.length > MAX_BYTES) {
            tooLarge(file, bytes.length, problems);
            return Optional.empty();
        }
        Optional<String> text = decode(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(MAX_ALIASES).setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_BYTES).setSchema(STRINGS)
                // the whole text in one read: the reader otherwise copies what it holds at every 1024 characters
                .setBufferSize(text.get().length() + 1).build();
        BoundedParser parser = new BoundedParser(file, new ParserImpl(settings, new StreamReader(settings, text.get())));
        try {
            Optional<Node> root = new Composer(settings, parser).getSingleNode();
            if (root.isEmpty()) {
                problems.add(LoadIds.MISSING, whole,
                        "The file is empty; a source file starts with 'kind: notice', 'kind: controller' or 'kind: recipients'.");
            }
            return root;
        } catch (BoundedParser.OutOfBounds e) {
            problems.add(e.ruleId(), e.at(), e.getMessage());
        } catch (MarkedYamlEngineException e) {
            problems.add(LoadIds.SYNTAX, position(file, e.getProblemMark().or(e::getContextMark)),
                    "Invalid YAML: " + describe(e) + ". Check the indentation and quoting on this line.");
        } catch (YamlEngineException e) {
            problems.add(LoadIds.SYNTAX, whole, "Invalid YAML: " + oneLine(e.getMessage()) + ".");
        }
        return Optional.empty();
    }

    static void tooLarge(String file, long size, Problems problems) {
        problems.add(LoadIds.LIMIT, SourcePosition.wholeFile(file), "The file is " + size
                + " bytes; a source file may be at most " + MAX_BYTES + " bytes. Split it into several notices.");
    }

    private static Optional<String> decode(String file, byte[] bytes, Problems problems) {
        // Java's own decoding replaces what is not UTF-8 with U+FFFD, and unlike a decoder that reports it
        // needs no buffer as large as the file; only a text that holds a U+FFFD, which is rare, is decoded
        // again to tell a written one from a replaced byte
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            int offset = firstInvalidByte(bytes);
            if (offset < bytes.length) {
                problems.add(LoadIds.ENCODING, positionOfByte(file, bytes, offset),
                        "The file is not valid UTF-8 (byte " + offset + "); save it as UTF-8.");
                return Optional.empty();
            }
        }
        return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
    }

    /** The offset of the first byte that is not UTF-8, or the length of {@code bytes} when all are. */
    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }

    private static SourcePosition positionOfByte(String file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new SourcePosition(file, line, before.codePointCount(0, before.length()) + 1);
    }

    static SourcePosition position(String file, Optional<Mark> mark) {
        // no lambdas: each would be an object more for each of the half a million positions of 1000 notices
        if (mark.isEmpty()) {
            return SourcePosition.wholeFile(file);
        }
        return new SourcePosition(file, mark.get().getLine() + 1, mark.get().getColumn() + 1);
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = oneLine(e.getProblem());
        String context = e.getContext() == null ? "" : oneLine(e.getContext());
        return context.isEmpty() ? problem : problem + " (" + context + ")";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
