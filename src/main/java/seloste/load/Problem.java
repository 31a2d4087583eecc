package seloste.load;

import java.util.Objects;
import seloste.model.SourcePosition;

/**
 * Something in a source file that stops it from being read as written: always an error.
 *
 * @param ruleId stable id such as {@code schema.unknown-key}
 */
public record Problem(String ruleId, String message, SourcePosition at) {

    public Problem {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return at + ": error [" + ruleId + "] " + message;
    }
}
