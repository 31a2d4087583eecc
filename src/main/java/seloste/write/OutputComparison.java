package seloste.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares an output folder with the files a build would write into it, byte for byte, and
 * changes nothing. For repositories that commit their output: CI can tell that someone changed
 * a source and forgot to rebuild, or edited a generated file by hand.
 */
public final class OutputComparison {

    private OutputComparison() {
    }

    /**
     * How an output folder differs from what a build would write. Paths are relative to the
     * folder, use {@code /}, and are sorted.
     *
     * @param changed files whose bytes differ, or that are not plain files (a link, a folder)
     * @param missing files a build would write that are not there
     * @param extra files that are there but a build would not write
     */
    public record Differences(List<String> changed, List<String> missing, List<String> extra) {

        public Differences {
            changed = List.copyOf(changed);
            missing = List.copyOf(missing);
            extra = List.copyOf(extra);
        }

        public boolean none() {
            return changed.isEmpty() && missing.isEmpty() && extra.isEmpty();
        }
    }

    /** Compares {@code out} with {@code files} (relative path to content). A missing folder holds nothing. */
    public static Differences compare(Path out, Map<String, byte[]> files) throws IOException {
        TreeSet<String> present = new TreeSet<>();
        if (Files.exists(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : walk.toList()) {
                    if (!p.equals(out) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        present.add(out.relativize(p).toString().replace('\\', '/'));
                    }
                }
            }
        }
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : new java.util.TreeMap<>(files).entrySet()) {
            Path p = out.resolve(f.getKey());
            if (!present.remove(f.getKey())) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    changed.add(f.getKey()); // a folder where the file should be
                } else {
                    missing.add(f.getKey());
                }
            } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    || !Arrays.equals(Files.readAllBytes(p), f.getValue())) {
                changed.add(f.getKey());
            }
        }
        return new Differences(changed, missing, List.copyOf(present));
    }
}
