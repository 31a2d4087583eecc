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
 * @param unchanged true when nothing had changed since the previous build, whose findings and files
 *     are reported again without loading the sources or writing anything
 */
public record BuildResult(Report report, List<String> published, List<String> withheld, List<String> files,
        Optional<String> failure, Optional<OutputCheck> check, boolean unchanged) {

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
        this(report, published, withheld, files, failure, Optional.empty(), false);
    }

    /** The result of a build from the same inputs as the previous one, which the output folder still holds. */
    static BuildResult unchanged(Report report, List<String> published, List<String> withheld, List<String> files) {
        return new BuildResult(report, published, withheld, files, Optional.empty(), Optional.empty(), true);
    }
}
