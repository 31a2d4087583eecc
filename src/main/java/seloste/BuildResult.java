package seloste;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build did, or, for {@link Compiler#compare}, what it would do.
 *
 * @param report the check that preceded it
 * @param published ids of the notices written to the output folder
 * @param withheld ids of the notices not written because of errors
 * @param files the files written (or that would be), relative to the output folder
 * @param failure why nothing was written, when rendering or writing failed
 * @param check how the output folder differs from what a build would write; present only for
 *     {@link Compiler#compare}, which writes nothing
 */
public record BuildResult(Report report, List<String> published, List<String> withheld, List<String> files,
        Optional<String> failure, Optional<OutputCheck> check) {

    public BuildResult {
        published = List.copyOf(published);
        withheld = List.copyOf(withheld);
        files = List.copyOf(files);
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(check, "check");
    }

    /** The result of a build that wrote (or failed to write) the output folder. */
    public BuildResult(Report report, List<String> published, List<String> withheld, List<String> files,
            Optional<String> failure) {
        this(report, published, withheld, files, failure, Optional.empty());
    }
}
