package seloste.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;
import seloste.model.Controller;
import seloste.model.Notice;
import seloste.model.Recipient;
import seloste.model.Repository;
import seloste.model.SourcePosition;
import seloste.parallel.Parallel;

/** Loads the YAML files under some paths into a {@link Repository}, collecting every problem. */
public final class Loader {

    /** At most this many source files are read in one run. */
    public static final int MAX_FILES = 5000;
    private static final List<String> KINDS = List.of("notice", "controller", "recipients");

    private final Path base;

    /** @param base the folder file names in messages are relative to (the working directory) */
    public Loader(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    public LoadResult load(List<Path> paths) {
        Problems problems = new Problems();
        List<Path> files = discover(paths, problems);
        Sources sources = Sources.of(Parallel.map(files, file -> {
            String label = label(file);
            Problems own = new Problems();
            return read(file, label, own).map(root -> Sources.read(label, root, own)).orElseGet(() -> Sources.none(own));
        }), problems);
        Repository repo = new Repository(sources.controllers, sources.recipients, sources.notices, problems.waivers(),
                LockReader.read(files, this::label, problems));
        References.check(repo, problems);
        return new LoadResult(repo, problems.all(), files.stream().map(this::label).toList());
    }

    /**
     * Every file {@link #load(List)} would read under {@code paths}, in the order it reads them, with the
     * label it gives each: the source files and the lock files beside them. Empty when a path cannot be
     * read or holds too many files, which only a load can report.
     */
    public Optional<Map<String, Path>> inputs(List<Path> paths) {
        Problems problems = new Problems();
        List<Path> files = discover(paths, problems);
        if (!problems.all().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Path> inputs = new LinkedHashMap<>();
        files.forEach(f -> inputs.put(label(f), f));
        LockReader.files(files).forEach(f -> inputs.put(label(f), f));
        return Optional.of(inputs);
    }

    /**
     * Loads files given as bytes, such as the sources at an earlier git revision, in the order of their
     * labels; each label is the file as messages name it.
     */
    public LoadResult load(Map<String, byte[]> files) {
        Problems problems = new Problems();
        SortedMap<String, byte[]> sorted = new TreeMap<>(files);
        Sources sources = Sources.of(Parallel.map(List.copyOf(sorted.entrySet()), e -> {
            Problems own = new Problems();
            return YamlDocument.parse(e.getKey(), e.getValue(), own).map(root -> Sources.read(e.getKey(), root, own))
                    .orElseGet(() -> Sources.none(own));
        }), problems);
        Repository repo = new Repository(sources.controllers, sources.recipients, sources.notices, problems.waivers());
        References.check(repo, problems);
        return new LoadResult(repo, problems.all(), List.copyOf(sorted.keySet()));
    }

    /**
     * What the files hold. Files are parsed and read in parallel, each with its own problems, and put
     * together in file order, so the result and the order of the problems do not depend on threads.
     */
    private static final class Sources {

        final List<Controller> controllers = new ArrayList<>();
        final List<Recipient> recipients = new ArrayList<>();
        final List<Notice> notices = new ArrayList<>();
        final Problems problems;

        private Sources(Problems problems) {
            this.problems = problems;
        }

        static Sources none(Problems problems) {
            return new Sources(problems);
        }

        static Sources read(String label, Node root, Problems problems) {
            Sources s = new Sources(problems);
            MapReader.of(label, root, "the file", problems).ifPresent(r -> {
                switch (kind(r)) {
                    case "notice" -> s.notices.add(NoticeReader.read(r));
                    case "controller" -> s.controllers.add(ControllerReader.read(r));
                    case "recipients" -> s.recipients.addAll(RecipientsReader.read(r));
                    default -> { }
                }
            });
            return s;
        }

        /** All files' contents in order; their problems are added to {@code problems}. */
        static Sources of(List<Sources> files, Problems problems) {
            Sources all = new Sources(problems);
            for (Sources f : files) {
                all.controllers.addAll(f.controllers);
                all.recipients.addAll(f.recipients);
                all.notices.addAll(f.notices);
                problems.addAll(f.problems);
            }
            return all;
        }
    }

    private static String kind(MapReader r) {
        Optional<String> kind = r.optString("kind");
        if (kind.isEmpty()) {
            r.missing("kind", "");
            return "";
        }
        if (!KINDS.contains(kind.get())) {
            r.problems().add(LoadIds.VALUE, r.origin().of("kind"), "Unknown kind '" + MapReader.quote(kind.get())
                    + "'; a file is of kind notice, controller or recipients." + Suggestions.hint(kind.get(), KINDS));
            return "";
        }
        return kind.get();
    }

    private Optional<Node> read(Path file, String label, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > YamlDocument.MAX_BYTES) {
                YamlDocument.tooLarge(label, size, problems);
                return Optional.empty();
            }
            return YamlDocument.parse(label, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.add(LoadIds.IO, SourcePosition.wholeFile(label), "Cannot read the file: " + e.getMessage() + ".");
            return Optional.empty();
        }
    }

    /** The {@code .yaml} and {@code .yml} files under {@code paths}, sorted; symbolic links are not followed. */
    private List<Path> discover(List<Path> paths, Problems problems) {
        TreeSet<Path> found = new TreeSet<>();
        for (Path p : paths) {
            Path abs = base.resolve(p).normalize();
            if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                found.add(abs);
            } else if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(abs, 8)) {
                    walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> f.getFileName().toString().matches("[^.].*\\.ya?ml"))
                            .limit(MAX_FILES + 1L).forEach(found::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(LoadIds.IO, SourcePosition.wholeFile(label(abs)), "Cannot list the folder: "
                            + e.getMessage() + ".");
                }
            } else {
                problems.add(LoadIds.IO, SourcePosition.wholeFile(label(abs)),
                        "No such file or folder (symbolic links are not followed).");
            }
        }
        if (found.size() > MAX_FILES) {
            problems.add(LoadIds.LIMIT, SourcePosition.wholeFile(label(paths.isEmpty() ? base : base.resolve(paths.get(0)))),
                    "More than " + MAX_FILES + " source files; check a smaller set of folders at a time.");
            return List.copyOf(found).subList(0, MAX_FILES);
        }
        return List.copyOf(found);
    }

    private String label(Path abs) {
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
