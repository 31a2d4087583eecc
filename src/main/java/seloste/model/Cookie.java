package seloste.model;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A cookie or similar technology stored on the user's terminal.
 *
 * @param duration how long it is kept; empty for a session cookie
 * @param purpose id of the purpose it serves
 */
public record Cookie(String name, String provider, CookieType type, LocalizedText description,
        Optional<Period> duration, Optional<String> purpose, Origin origin) {

    public Cookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(origin, "origin");
    }
}
