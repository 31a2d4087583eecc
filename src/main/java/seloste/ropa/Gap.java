package seloste.ropa;

import java.util.Objects;
import seloste.model.SourcePosition;

/**
 * Something Art. 30(1) asks the record to state that the sources do not give; its cell is left empty.
 *
 * @param at where to write it
 * @param column the record's column it belongs in
 * @param message one line in English: what is missing, the article, and what to add
 */
public record Gap(SourcePosition at, Column column, String message) {

    public Gap {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return at + ": " + message;
    }
}
