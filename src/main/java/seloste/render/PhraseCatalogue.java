package seloste.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import seloste.model.Language;

/**
 * The standard legal phrases, one YAML file per language under {@code phrases/}. Keys may be
 * nested; they are flattened to dotted names ({@code rights.access.text}). Every language must
 * have exactly the same keys, and labels and headings must be plain text without placeholders,
 * because templates print them as they are.
 */
final class PhraseCatalogue {

    /** Prefixes of keys whose phrases templates may print directly. */
    static final List<String> STATIC_PREFIXES = List.of("label.", "heading.", "language.", "country.");

    private final Map<Language, Phrasebook> books;

    private PhraseCatalogue(Map<Language, Phrasebook> books) {
        this.books = books;
    }

    static PhraseCatalogue load(TemplateSource source) throws RenderException {
        Map<Language, Phrasebook> books = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = "phrases/" + language.code() + ".yaml";
            String where = source.describe(name);
            Map<String, String> phrases;
            try {
                phrases = parse(source.read(name), where);
            } catch (IOException e) {
                throw new RenderException("Cannot read the phrase catalogue " + where + ": " + e.getMessage(), e);
            }
            books.put(language, new Phrasebook(language, where, phrases));
        }
        check(books);
        return new PhraseCatalogue(books);
    }

    Phrasebook in(Language language) {
        return books.get(language);
    }

    /** Every flattened key of one language's catalogue, sorted. */
    static Map<String, String> parse(String yaml, String where) throws RenderException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(where)
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(5)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(1_000_000)
                .build();
        Object root;
        try {
            root = new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new RenderException("The phrase catalogue " + where + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new RenderException("The phrase catalogue " + where + " must be a mapping of keys to phrases");
        }
        Map<String, String> out = new TreeMap<>();
        flatten("", map, out, where);
        return out;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> out, String where)
            throws RenderException {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            Object value = e.getValue();
            if (value instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, out, where);
            } else if (value instanceof String text) {
                out.put(key, text.strip());
            } else {
                throw new RenderException("In " + where + ", the phrase " + key
                        + " must be text; put it in quotes if it looks like a number or is empty");
            }
        }
    }

    private static void check(Map<Language, Phrasebook> books) throws RenderException {
        TreeSet<String> all = new TreeSet<>();
        books.values().forEach(b -> all.addAll(b.keys()));
        List<String> problems = new ArrayList<>();
        for (Phrasebook book : books.values()) {
            TreeSet<String> missing = new TreeSet<>(all);
            missing.removeAll(book.keys());
            if (!missing.isEmpty()) {
                problems.add(book.where() + " lacks " + String.join(", ", missing));
            }
            for (String key : book.keys()) {
                if (STATIC_PREFIXES.stream().anyMatch(key::startsWith) && !book.placeholders(key).isEmpty()) {
                    problems.add(book.where() + ": " + key + " is printed as it is, so it cannot have placeholders");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RenderException("The phrase catalogues do not match: " + String.join("; ", problems));
        }
    }
}
