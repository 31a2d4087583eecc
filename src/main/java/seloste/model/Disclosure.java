package seloste.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recipient as one notice uses it: which shared {@link Recipient}, for which purposes, and what for.
 *
 * @param recipient id of a recipient in a shared recipients file
 * @param note what the recipient does with the data in this notice
 */
public record Disclosure(String recipient, List<String> purposes, List<String> data, Optional<LocalizedText> note,
        Origin origin) {

    public Disclosure {
        Objects.requireNonNull(recipient, "recipient");
        purposes = List.copyOf(purposes);
        data = List.copyOf(data);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(origin, "origin");
    }
}
