package seloste.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The controller (Art. 4(7)), written once in a shared file and referenced by id from each notice.
 *
 * @param businessId the Finnish business ID (Y-tunnus), kept as written
 * @param representative the Art. 27 representative of a controller established outside the EU
 * @param dpo the data protection officer, where one is designated (Art. 37)
 */
public record Controller(String id, LocalizedText name, ControllerType type, Optional<String> businessId,
        Address postalAddress, Optional<Address> visitingAddress, Optional<String> phone, Optional<String> email,
        Optional<String> website, Optional<Contact> representative, Optional<Contact> dpo, Origin origin) {

    public Controller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(postalAddress, "postalAddress");
        Objects.requireNonNull(visitingAddress, "visitingAddress");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(dpo, "dpo");
        Objects.requireNonNull(origin, "origin");
    }
}
