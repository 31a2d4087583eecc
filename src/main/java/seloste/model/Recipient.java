package seloste.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A recipient or category of recipients (Art. 13(1)(e)), written once in a shared file so that
 * every notice names it the same way.
 *
 * @param category true when {@code name} describes a category of recipients, not one body
 * @param country ISO 3166-1 alpha-2 code of where the recipient processes the data
 * @param dpfCertified true when a US recipient is certified under the EU-US Data Privacy Framework
 */
public record Recipient(String id, LocalizedText name, RecipientRole role, boolean category,
        Optional<LocalizedText> description, String country, boolean dpfCertified, Origin origin) {

    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(origin, "origin");
    }
}
