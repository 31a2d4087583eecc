package seloste.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<Controller> controllers = new ArrayList<>();
        List<Recipient> recipients = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        List<Path> files = discover(paths, problems);
        for (Path file : files) {
            String label = label(file);
            read(file, label, problems).ifPresent(root -> readInto(label, root, problems, controllers, recipients,
                    notices));
        }
        Repository repo = new Repository(controllers, recipients, notices, problems.waivers(),
                LockReader.read(files, this::label, problems));
        References.check(repo, problems);
        return new LoadResult(repo, problems.all(), files.stream().map(this::label).toList());
    }

    /**
     * Loads files given as bytes, such as the sources at an earlier git revision, in the order of their
     * labels; each label is the file as messages name it.
     */
    public LoadResult load(Map<String, byte[]> files) {
        Problems problems = new Problems();
        List<Controller> controllers = new ArrayList<>();
        List<Recipient> recipients = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        SortedMap<String, byte[]> sorted = new TreeMap<>(files);
        sorted.forEach((label, bytes) -> YamlDocument.parse(label, bytes, problems)
                .ifPresent(root -> readInto(label, root, problems, controllers, recipients, notices)));
        Repository repo = new Repository(controllers, recipients, notices, problems.waivers());
        References.check(repo, problems);
        return new LoadResult(repo, problems.all(), List.copyOf(sorted.keySet()));
    }

    private static void readInto(String label, Node root, Problems problems, List<Controller> controllers,
            List<Recipient> recipients, List<Notice> notices) {
        MapReader.of(label, root, "the file", problems).ifPresent(r -> {
            switch (kind(r)) {
                case "notice" -> notices.add(NoticeReader.read(r));
                case "controller" -> controllers.add(ControllerReader.read(r));
                case "recipients" -> recipients.addAll(RecipientsReader.read(r));
                default -> { }
            }
        });
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
