package seloste.model;

import java.util.Objects;

/** A postal or visiting address. Street and city may differ by language (Helsinki / Helsingfors). */
public record Address(LocalizedText street, String postalCode, LocalizedText city, String country, Origin origin) {

    public Address {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(origin, "origin");
    }
}
