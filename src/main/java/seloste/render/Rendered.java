package seloste.render;

import java.util.Objects;

/**
 * One notice in one language, rendered.
 *
 * @param html a polyglot HTML5 page that is also well-formed XML, ready for the PDF stage
 * @param markdown CommonMark with YAML front matter
 */
public record Rendered(String html, String markdown) {

    public Rendered {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(markdown, "markdown");
    }
}
