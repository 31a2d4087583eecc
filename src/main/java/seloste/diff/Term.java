package seloste.diff;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import seloste.model.LocalizedText;

/**
 * A value before or after a change, in parts the text puts into words: a keyword of the model
 * ({@code consent}, {@code end_of_contract}, {@code special}), a period, and text the controller wrote.
 */
public record Term(Optional<String> keyword, Optional<Period> period, Optional<LocalizedText> text) {

    public Term {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(text, "text");
    }
}
