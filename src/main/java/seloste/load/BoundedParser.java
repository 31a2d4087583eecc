package seloste.load;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;
import seloste.model.SourcePosition;

/**
 * The YAML parser, watched event by event as the composer reads it: a tag, a second document,
 * nesting deeper than {@link YamlDocument#MAX_DEPTH} or more than {@link YamlDocument#MAX_ALIASES}
 * aliases stop the parse before the node tree grows, in one pass over the text.
 */
final class BoundedParser implements Parser {

    private final String file;
    private final Parser parser;
    private int depth;
    private int aliases;
    private int documents;

    BoundedParser(String file, Parser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Why the parse stopped; thrown through the composer and turned into a problem by the caller. */
    static final class OutOfBounds extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String ruleId;
        private final transient SourcePosition at;

        OutOfBounds(String ruleId, SourcePosition at, String message) {
            super(message, null, false, false);
            this.ruleId = ruleId;
            this.at = at;
        }

        String ruleId() {
            return ruleId;
        }

        SourcePosition at() {
            return at;
        }
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        watchDocuments(parser.peekEvent());
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return watchDocuments(parser.peekEvent());
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event e = parser.next();
        switch (e.getEventId()) {
            case DocumentStart -> {
                watchDocuments(e);
                documents++;
            }
            case MappingStart, SequenceStart -> {
                tag(((CollectionStartEvent) e).getTag(), e);
                if (++depth > YamlDocument.MAX_DEPTH) {
                    throw new OutOfBounds(LoadIds.LIMIT, at(e.getStartMark()), "The document is nested more than "
                            + YamlDocument.MAX_DEPTH + " levels deep; no notice needs that.");
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Scalar -> tag(((ScalarEvent) e).getTag(), e);
            case Alias -> {
                if (++aliases > YamlDocument.MAX_ALIASES) {
                    throw new OutOfBounds(LoadIds.LIMIT, at(e.getStartMark()), "More than " + YamlDocument.MAX_ALIASES
                            + " aliases (*name); write the values out instead.");
                }
            }
            default -> {
            }
        }
        return e;
    }

    private Event watchDocuments(Event e) {
        if (e.getEventId() == Event.ID.DocumentStart && documents >= 1) {
            throw new OutOfBounds(LoadIds.SYNTAX, at(e.getStartMark()), "A source file holds one YAML document; "
                    + "remove the '---' and put the rest in a file of its own.");
        }
        return e;
    }

    private void tag(Optional<String> tag, Event e) {
        if (tag.isPresent()) {
            throw new OutOfBounds(LoadIds.TAG, at(e.getStartMark()), "YAML tags such as '" + tag.get()
                    + "' are not allowed; remove the tag and write the value as plain text.");
        }
    }

    private SourcePosition at(Optional<Mark> mark) {
        return YamlDocument.position(file, mark);
    }
}
