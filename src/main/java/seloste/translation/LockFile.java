package seloste.translation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import seloste.model.Confirmation;
import seloste.model.Language;
import seloste.model.SourcePosition;

/**
 * The translation lock file: one line per translated text, sorted, so that a review shows in a diff as
 * exactly the lines of the texts it confirmed.
 *
 * <pre>
 * notice customers purposes[orders].description fi=1f0c9d3a7b2e sv=8e41a0c2d9f7 en=0b7d6e5c4a31
 * </pre>
 */
public final class LockFile {

    /** The file name; it is not YAML, so the loader never mistakes it for a source. */
    public static final String NAME = "translations.lock";

    private static final Pattern LINE = Pattern.compile("(notice|controller|recipient) ([a-z][a-z0-9-]*) (\\S+)"
            + "((?: [a-z]{2}=[0-9a-f]{" + Fingerprint.LENGTH + "})+)");
    private static final Pattern PRINT = Pattern.compile(" ([a-z]{2})=([0-9a-f]+)");
    private static final String HEADER = """
            # Translations confirmed after review, written by `seloste confirm`; keep this file in git.
            # Each line: owner, field, and a fingerprint of each language's text when its translations
            # were last confirmed. `seloste check` warns when one language's text has changed since and
            # another's has not.
            """;

    private LockFile() {
    }

    /** What a lock file says, and the lines it could not read. */
    public record Parsed(List<Confirmation> confirmations, List<Line> unreadable) {

        public Parsed {
            confirmations = List.copyOf(confirmations);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** A line that is not a confirmation, and why. */
    public record Line(SourcePosition at, String message) {
    }

    /**
     * @param label the file as the user names it, for positions
     */
    public static Parsed parse(String content, String label) {
        List<Confirmation> out = new ArrayList<>();
        List<Line> unreadable = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            SourcePosition at = new SourcePosition(label, i + 1, 1);
            read(line, at).ifPresentOrElse(out::add, () -> unreadable.add(new Line(at, "This line is not a "
                    + "confirmed translation ('notice ID FIELD fi=... sv=... en=...'); run 'seloste confirm' to "
                    + "write the file anew.")));
        }
        return new Parsed(out, unreadable);
    }

    private static Optional<Confirmation> read(String line, SourcePosition at) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<Language, String> prints = new EnumMap<>(Language.class);
        Matcher p = PRINT.matcher(m.group(4));
        while (p.find()) {
            Optional<Language> l = Language.fromCode(p.group(1));
            if (l.isEmpty() || prints.put(l.get(), p.group(2)) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Confirmation(m.group(1), m.group(2), m.group(3), prints, at));
    }

    /** The file's content: a header, then one line per confirmation, sorted by owner and field. */
    public static String format(List<Confirmation> confirmations) {
        StringBuilder out = new StringBuilder(HEADER);
        confirmations.stream().sorted(Comparator.comparing(Confirmation::key)).forEach(c -> {
            out.append(c.key());
            c.fingerprints().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.append(' ').append(e.getKey().code()).append('=').append(e.getValue()));
            out.append('\n');
        });
        return out.toString();
    }
}
