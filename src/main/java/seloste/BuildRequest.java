package seloste;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import seloste.model.Language;

/**
 * What to build.
 *
 * @param sources files and folders of YAML sources
 * @param out the output folder, replaced whole by the build
 * @param templates the templates folder; the bundled templates are used when it does not exist
 * @param languages the languages to build; empty means every language a notice declares
 * @param formats the formats to write
 * @param timestamp the date written into PDFs, e.g. from SOURCE_DATE_EPOCH; empty means each notice's
 *     effective date, so that the same sources always give the same bytes
 */
public record BuildRequest(List<Path> sources, Path out, Path templates, Set<Language> languages,
        Set<OutputFormat> formats, Optional<Instant> timestamp) {

    public BuildRequest {
        sources = List.copyOf(sources);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(templates, "templates");
        languages = Set.copyOf(languages);
        formats = Set.copyOf(formats);
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
