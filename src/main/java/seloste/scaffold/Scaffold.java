package seloste.scaffold;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import seloste.model.Language;

/**
 * What {@code seloste init} was told. Every optional value left empty becomes a {@code TODO} placeholder.
 *
 * @param controllerName the controller's registered name; empty when only a notice is scaffolded
 * @param titles the notice's title per language, where given
 * @param languages the notice's languages, in output order
 * @param schemaFolder where the JSON Schemas are, relative to the folder the files are written to
 */
public record Scaffold(String controllerId, Optional<String> controllerName, Optional<String> businessId,
        Optional<String> email, Optional<String> phone, String noticeId, Map<Language, String> titles,
        List<Language> languages, LocalDate effective, String schemaFolder) {

    public Scaffold {
        Objects.requireNonNull(controllerId, "controllerId");
        Objects.requireNonNull(controllerName, "controllerName");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(noticeId, "noticeId");
        titles = titles.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(titles));
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a notice has at least one language");
        }
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(schemaFolder, "schemaFolder");
    }

    /** The file name of the controller file. */
    public String controllerFile() {
        return controllerId + ".controller.yaml";
    }

    /** The file name of the notice file. */
    public String noticeFile() {
        return noticeId + ".yaml";
    }
}
