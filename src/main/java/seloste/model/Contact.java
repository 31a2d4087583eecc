package seloste.model;

import java.util.Objects;
import java.util.Optional;

/** A person or function to contact: the contact for register matters, a DPO, a representative. */
public record Contact(Optional<LocalizedText> name, Optional<String> email, Optional<String> phone,
        Optional<Address> address, Origin origin) {

    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(origin, "origin");
    }
}
