package seloste;

import java.util.List;
import java.util.Optional;

/**
 * What a build did.
 *
 * @param report the check that preceded it
 * @param published ids of the notices written to the output folder
 * @param withheld ids of the notices not written because of errors
 * @param files the files written, relative to the output folder
 * @param failure why nothing was written, when rendering or writing failed
 */
public record BuildResult(Report report, List<String> published, List<String> withheld, List<String> files,
        Optional<String> failure) {

    public BuildResult {
        published = List.copyOf(published);
        withheld = List.copyOf(withheld);
        files = List.copyOf(files);
    }
}
