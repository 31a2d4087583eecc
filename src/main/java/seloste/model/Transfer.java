package seloste.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A transfer of personal data to a third country (Art. 13(1)(f)).
 *
 * @param recipient id of the shared recipient that receives the data
 * @param country ISO 3166-1 alpha-2 code, kept as written ({@code NO} is Norway)
 * @param safeguardsCopy where a copy of the safeguards can be obtained, for Art. 46 and 47 transfers
 */
public record Transfer(String recipient, String country, Optional<TransferMechanism> mechanism,
        Optional<Derogation> derogation, Optional<LocalizedText> safeguardsCopy, Origin origin) {

    public Transfer {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(derogation, "derogation");
        Objects.requireNonNull(safeguardsCopy, "safeguardsCopy");
        Objects.requireNonNull(origin, "origin");
    }
}
