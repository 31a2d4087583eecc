package seloste.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;
import seloste.model.SourcePosition;

/**
 * Turns the bytes of one file into a YAML node tree, within bounds: strict UTF-8, a size limit,
 * one document, no tags, few aliases and a nesting limit, each reported at its position.
 */
final class YamlDocument {

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 40;
    static final int MAX_ALIASES = 20;

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
                .setCodePointLimit(MAX_BYTES).setSchema(new FailsafeSchema()).build();
        try {
            if (!withinBounds(file, text.get(), settings, problems)) {
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(text.get());
            if (root.isEmpty()) {
                problems.add(LoadIds.MISSING, whole,
                        "The file is empty; a source file starts with 'kind: notice', 'kind: controller' or 'kind: recipients'.");
            }
            return root;
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String s = decoder.decode(in).toString();
            return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
        } catch (CharacterCodingException e) {
            int offset = firstInvalidByte(bytes);
            problems.add(LoadIds.ENCODING, positionOfByte(file, bytes, offset), "The file is not valid UTF-8 (byte "
                    + offset + "); save it as UTF-8.");
            return Optional.empty();
        }
    }

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

    /** Walks the events once: rejects tags, extra documents, deep nesting and many aliases before composing. */
    private static boolean withinBounds(String file, String text, LoadSettings settings, Problems problems) {
        int depth = 0;
        int aliases = 0;
        int documents = 0;
        try {
            Iterator<Event> events = new Parse(settings).parseString(text).iterator();
            while (events.hasNext()) {
                Event e = events.next();
                SourcePosition at = position(file, e.getStartMark());
                switch (e.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            problems.add(LoadIds.SYNTAX, at, "A source file holds one YAML document; remove the '---' "
                                    + "and put the rest in a file of its own.");
                            return false;
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        if (((CollectionStartEvent) e).getTag().isPresent()) {
                            return tagged(at, ((CollectionStartEvent) e).getTag().get(), problems);
                        }
                        if (++depth > MAX_DEPTH) {
                            problems.add(LoadIds.LIMIT, at, "The document is nested more than " + MAX_DEPTH
                                    + " levels deep; no notice needs that.");
                            return false;
                        }
                    }
                    case MappingEnd, SequenceEnd -> depth--;
                    case Scalar -> {
                        if (((ScalarEvent) e).getTag().isPresent()) {
                            return tagged(at, ((ScalarEvent) e).getTag().get(), problems);
                        }
                    }
                    case Alias -> {
                        if (++aliases > MAX_ALIASES) {
                            problems.add(LoadIds.LIMIT, at, "More than " + MAX_ALIASES
                                    + " aliases (*name); write the values out instead.");
                            return false;
                        }
                    }
                    default -> {
                    }
                }
            }
            return true;
        } catch (StackOverflowError e) {
            problems.add(LoadIds.LIMIT, SourcePosition.wholeFile(file), "The document is nested too deeply.");
            return false;
        }
    }

    private static boolean tagged(SourcePosition at, String tag, Problems problems) {
        problems.add(LoadIds.TAG, at, "YAML tags such as '" + tag + "' are not allowed; remove the tag and write "
                + "the value as plain text.");
        return false;
    }

    static SourcePosition position(String file, Optional<Mark> mark) {
        return mark.map(m -> new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourcePosition.wholeFile(file));
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
