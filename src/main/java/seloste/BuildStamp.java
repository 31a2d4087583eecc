package seloste;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import seloste.load.Loader;
import seloste.parallel.Parallel;

/**
 * A digest of everything a build follows from: seloste, the templates and the output options
 * ({@link OutputFiles#common}), the languages asked for, the settings file, and the name and bytes of
 * every file the loader reads (the sources and the translation lock files beside them). Nothing else
 * goes into what a build checks and writes (no rule reads the clock), so two builds with the same
 * stamp find the same and write the same bytes.
 *
 * @param value the stamp
 * @param files the digest of each file the loader reads, by its label, for the units' inputs
 */
record BuildStamp(String value, Map<String, String> files) {

    BuildStamp {
        files = Map.copyOf(files);
    }

    /**
     * The stamp of building {@code request} in {@code base}, or empty when a source path cannot be
     * listed or a file cannot be read: only a build that loads everything can report that.
     *
     * @param settings the settings file the build reads, if any, relative to {@code base}
     */
    static Optional<BuildStamp> of(Path base, BuildRequest request, Optional<Path> settings, byte[] common) {
        Optional<Map<String, Path>> inputs = new Loader(base).inputs(request.sources());
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<byte[]> parts = new ArrayList<>();
            parts.add(common);
            parts.add(utf8("languages " + new TreeSet<>(request.languages())));
            Optional<Path> file = settings.map(base::resolve)
                    .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS));
            parts.add(utf8("settings " + settings.map(Path::toString).orElse("-")));
            parts.add(file.isPresent() ? Files.readAllBytes(file.get()) : utf8("-"));
            List<Map.Entry<String, Path>> read = List.copyOf(inputs.get().entrySet());
            // on all cores: SHA-256 in the quick compiler hashes some 140 MB/s, and much less before it
            List<String> digests = Parallel.map(read, input -> BuildCache.uncheckedDigestOf(input.getValue()));
            Map<String, String> files = new LinkedHashMap<>();
            for (int i = 0; i < read.size(); i++) {
                files.put(read.get(i).getKey(), digests.get(i));
                parts.add(utf8(read.get(i).getKey()));
                parts.add(utf8(digests.get(i)));
            }
            return Optional.of(new BuildStamp(BuildCache.digest(parts), files));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
