package seloste.translation;

import java.util.Objects;
import java.util.Optional;
import seloste.model.LocalizedText;

/**
 * One translated text and where it lives.
 *
 * @param kind {@code notice}, {@code controller} or {@code recipient}
 * @param id the id of the notice, controller or recipient that owns the text
 * @param path the YAML keys and item ids that lead to the text: {@code purposes[orders].description}
 * @param text the text in each language
 * @param file the source file the owner was read from, as the user names it
 * @param notice the id of the notice the text belongs to, when its owner is a notice
 */
public record TextField(String kind, String id, String path, LocalizedText text, String file,
        Optional<String> notice) {

    public TextField {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(notice, "notice");
    }

    /** The owner and path as one key, as the lock file writes it: {@code notice customers title}. */
    public String key() {
        return kind + " " + id + " " + path;
    }
}
