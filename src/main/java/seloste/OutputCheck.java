package seloste;

import java.util.List;

/**
 * How the output folder differs from what a build would write ({@code seloste build --check}).
 * Paths are relative to the output folder, use {@code /}, and are sorted.
 *
 * @param changed files whose bytes differ (or that are not plain files)
 * @param missing files a build would write that are not there
 * @param extra files that are there but a build would not write, such as those of a removed notice
 */
public record OutputCheck(List<String> changed, List<String> missing, List<String> extra) {

    public OutputCheck {
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    /** True when the folder holds exactly what a build would write. */
    public boolean upToDate() {
        return changed.isEmpty() && missing.isEmpty() && extra.isEmpty();
    }
}
