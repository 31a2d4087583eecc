package seloste.model;

import java.util.Objects;

/**
 * The notice addresses children.
 *
 * @param minimumAge the youngest age the service is offered to
 * @param informationSocietyService whether an information society service is offered directly to them (Art. 8)
 */
public record Children(int minimumAge, boolean informationSocietyService, Origin origin) {

    public Children {
        Objects.requireNonNull(origin, "origin");
    }
}
