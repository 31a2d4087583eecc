package seloste.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import seloste.model.Language;

/** The phrases of one language, with their named placeholders ({@code {controller}}) filled in. */
final class Phrasebook {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private final Language language;
    private final String where;
    private final Map<String, String> phrases;

    Phrasebook(Language language, String where, Map<String, String> phrases) {
        this.language = language;
        this.where = where;
        this.phrases = Map.copyOf(phrases);
    }

    Language language() {
        return language;
    }

    String where() {
        return where;
    }

    Set<String> keys() {
        return phrases.keySet();
    }

    /** A phrase without placeholders, when the catalogue has it: for optional phrases such as {@code country.GB}. */
    Optional<String> find(String key) {
        return Optional.ofNullable(phrases.get(key));
    }

    /** The names of the placeholders a phrase uses. */
    List<String> placeholders(String key) {
        return PLACEHOLDER.matcher(raw(key)).results().map(r -> r.group(1)).toList();
    }

    /** A phrase with its placeholders filled from {@code nameValuePairs} (name, value, name, value ...). */
    String get(String key, String... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("placeholder names and values must come in pairs");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            values.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        String phrase = raw(key);
        Matcher m = PLACEHOLDER.matcher(phrase);
        StringBuilder out = new StringBuilder(phrase.length() + 32);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new ViewException("The phrase " + key + " in " + where + " uses {" + m.group(1)
                        + "}, which has no value here; it can use " + describe(values.keySet()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The phrases under {@code prefix} (without it), for templates to print as they are. */
    Map<String, String> section(String prefix) {
        Map<String, String> out = new TreeMap<>();
        phrases.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    private String raw(String key) {
        String phrase = phrases.get(key);
        if (phrase == null) {
            throw new ViewException("The phrase catalogue " + where + " has no phrase " + key);
        }
        return phrase;
    }

    private static String describe(Set<String> names) {
        return names.isEmpty() ? "no placeholders" : names.stream().map(n -> "{" + n + "}").toList().toString();
    }
}
