package seloste;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.load.Problem;
import seloste.model.Confirmation;
import seloste.translation.Confirmations;
import seloste.translation.LockFile;
import seloste.translation.Staleness;
import seloste.translation.TextField;
import seloste.translation.TextFields;
import seloste.write.AtomicFile;

/**
 * Records that translations were reviewed: writes the fingerprints of the texts as they are now into
 * the {@value LockFile#NAME} file beside their sources, so that {@code check} warns again only when
 * one language's text changes and another's does not.
 */
public final class TranslationLocks {

    private final Path base;

    /** @param base the working folder: source paths are resolved and file names shown relative to it */
    public TranslationLocks(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /**
     * Which texts to confirm: all, those of one owner, or one text of one owner.
     *
     * @param kind {@code notice}, {@code controller} or {@code recipient}, with {@code id}
     * @param field a path such as {@code purposes[orders].description}; needs an owner
     */
    public record Selection(Optional<String> kind, Optional<String> id, Optional<String> field) {

        public static Selection all() {
            return new Selection(Optional.empty(), Optional.empty(), Optional.empty());
        }

        boolean test(TextField f) {
            return kind.map(f.kind()::equals).orElse(true) && id.map(f.id()::equals).orElse(true)
                    && field.map(f.path()::equals).orElse(true);
        }
    }

    /**
     * What a confirmation did.
     *
     * @param problems load problems that stopped it, other than unreadable lines of a lock file
     * @param unreadable true when a source path could not be read at all
     * @param refused why the selection matches nothing, a usage error
     * @param files the lock files written
     * @param confirmed how many texts were confirmed
     * @param cleared how many of them had a language that {@code check} reported as possibly out of date
     */
    public record Result(List<Problem> problems, boolean unreadable, Optional<String> refused, List<String> files,
            int confirmed, int cleared) {

        public Result {
            problems = List.copyOf(problems);
            files = List.copyOf(files);
        }
    }

    public Result confirm(List<Path> sources, Selection selection) throws IOException {
        LoadResult loaded = new Loader(base).load(sources);
        List<Problem> blocking = loaded.problems().stream()
                .filter(p -> !p.at().file().endsWith(LockFile.NAME)).toList();
        if (!blocking.isEmpty()) {
            boolean unreadable = blocking.stream().anyMatch(p -> p.ruleId().equals("input.unreadable"));
            return new Result(blocking, unreadable, Optional.empty(), List.of(), 0, 0);
        }
        List<TextField> fields = TextFields.of(loaded.repository());
        Optional<String> refused = refusal(fields, selection);
        if (refused.isPresent()) {
            return new Result(List.of(), false, refused, List.of(), 0, 0);
        }
        Predicate<TextField> chosen = selection::test;
        Set<String> stale = Staleness.of(loaded.repository()).stream().map(s -> s.field().key())
                .collect(Collectors.toSet());
        Set<String> owners = new HashSet<>();
        loaded.repository().notices().forEach(n -> owners.add("notice " + n.id()));
        loaded.repository().controllers().forEach(c -> owners.add("controller " + c.id()));
        loaded.repository().recipients().forEach(r -> owners.add("recipient " + r.id()));
        Map<Path, List<TextField>> byFolder = new LinkedHashMap<>();
        for (TextField f : fields) {
            byFolder.computeIfAbsent(base.resolve(f.file()).getParent(), k -> new ArrayList<>()).add(f);
        }
        List<String> written = new ArrayList<>();
        int confirmed = 0;
        Set<String> cleared = new HashSet<>();
        for (Map.Entry<Path, List<TextField>> e : byFolder.entrySet()) {
            List<TextField> here = e.getValue();
            List<TextField> picked = here.stream().filter(chosen).toList();
            if (picked.isEmpty()) {
                continue;
            }
            Path lock = e.getKey().resolve(LockFile.NAME);
            String label = label(lock);
            List<Confirmation> before = loaded.repository().confirmations().stream()
                    .filter(c -> c.at().file().equals(label)).toList();
            String content = LockFile.format(Confirmations.update(before, owners, here, chosen, label));
            AtomicFile.write(lock, content.getBytes(StandardCharsets.UTF_8));
            written.add(label);
            confirmed += picked.size();
            picked.stream().map(TextField::key).filter(stale::contains).forEach(cleared::add);
        }
        return new Result(List.of(), false, Optional.empty(), written, confirmed, cleared.size());
    }

    private static Optional<String> refusal(List<TextField> fields, Selection s) {
        if (s.field().isPresent() && s.id().isEmpty()) {
            return Optional.of("--field needs --notice, --controller or --recipient to say whose text it is.");
        }
        if (s.id().isPresent() && fields.stream().noneMatch(f -> f.kind().equals(s.kind().orElse(""))
                && f.id().equals(s.id().get()))) {
            List<String> ids = fields.stream().filter(f -> f.kind().equals(s.kind().orElse(""))).map(TextField::id)
                    .distinct().sorted().toList();
            return Optional.of("No " + s.kind().orElse("") + " '" + s.id().get() + "' with translated texts in the "
                    + "sources" + (ids.isEmpty() ? "." : "; there are: " + String.join(", ", ids) + "."));
        }
        if (s.field().isPresent() && fields.stream().noneMatch(s::test)) {
            String field = s.field().get();
            String head = field.split("[.\\[]", 2)[0];
            List<String> near = fields.stream().filter(f -> f.kind().equals(s.kind().get())
                    && f.id().equals(s.id().get()) && f.path().startsWith(head)).map(TextField::path).limit(8).toList();
            return Optional.of("The " + s.kind().get() + " '" + s.id().get() + "' has no translated text '" + field
                    + "'" + (near.isEmpty() ? "." : "; did you mean one of: " + String.join(", ", near) + "?"));
        }
        return Optional.empty();
    }

    private String label(Path abs) {
        Path a = abs.toAbsolutePath().normalize();
        Path shown = a.startsWith(base) ? base.relativize(a) : a;
        return shown.toString().replace('\\', '/');
    }
}
