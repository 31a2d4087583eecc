package seloste.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares an output folder with the files a build would write into it, byte for byte, and
 * changes nothing. For repositories that commit their output: CI can tell that someone changed
 * a source and forgot to rebuild, or edited a generated file by hand. The files are compared as the
 * build makes them ({@link OutputSink}), so they are never all in memory.
 */
public final class OutputComparison implements OutputSink {

    private final Path out;
    private final TreeSet<String> present = new TreeSet<>();
    private final List<String> changed = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    /** Starts a comparison with {@code out}, listing what it holds; a missing folder holds nothing. */
    public OutputComparison(Path out) throws IOException {
        this.out = out.toAbsolutePath().normalize();
        if (Files.exists(this.out)) {
            try (Stream<Path> walk = Files.walk(this.out)) {
                for (Path p : walk.toList()) {
                    if (!p.equals(this.out) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        present.add(this.out.relativize(p).toString().replace('\\', '/'));
                    }
                }
            }
        }
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
        OutputComparison c = new OutputComparison(out);
        for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
            c.put(f.getKey(), f.getValue());
        }
        return c.differences();
    }

    @Override
    public void put(String name, byte[] bytes) throws IOException {
        Path p = out.resolve(name);
        if (!present.remove(name)) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                changed.add(name); // a folder where the file should be
            } else {
                missing.add(name);
            }
        } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || !Arrays.equals(Files.readAllBytes(p), bytes)) {
            changed.add(name);
        }
    }

    @Override
    public void keep(String name) {
        present.remove(name);
    }

    /** The differences found so far; every file the folder holds and nobody put or kept is extra. */
    public Differences differences() {
        return new Differences(new TreeSet<>(changed).stream().toList(), new TreeSet<>(missing).stream().toList(),
                List.copyOf(present));
    }
}
