package seloste.load;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import seloste.model.Keyword;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.SourcePosition;

/** Typed values read through a {@link MapReader}: ids, texts, keywords, dates, periods, flags. */
final class Values {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final List<String> LANGUAGE_CODES = Arrays.stream(Language.values()).map(Language::code).toList();

    private Values() {
    }

    static String id(MapReader r) {
        return r.optString("id").map(v -> checkedId(r, "id", v)).orElseGet(() -> r.missing("id", ""));
    }

    /** An id reference or definition: lower-case letters, digits and single hyphens, at most 64 characters. */
    static String checkedId(MapReader r, String key, String value) {
        if (!ID.matcher(value).matches() || value.length() > 64) {
            r.problems().add(LoadIds.VALUE, r.origin().of(key), "'" + MapReader.quote(value) + "' is not a valid id: "
                    + "use lower-case letters a-z, digits and single hyphens, starting with a letter (e.g. 'customer-service').");
        }
        return value;
    }

    /** Text per language: a mapping {fi: .., sv: .., en: ..}. */
    static Optional<LocalizedText> text(MapReader r, String key) {
        return r.node(key).flatMap(n -> localized(r, key, n, false));
    }

    static LocalizedText requiredText(MapReader r, String key) {
        return r.required(key, k -> text(r, k), LocalizedText.uniform("", r.at()));
    }

    /** A name: text per language, or one plain string that reads the same in every language. */
    static Optional<LocalizedText> name(MapReader r, String key) {
        return r.node(key).flatMap(n -> localized(r, key, n, true));
    }

    static LocalizedText requiredName(MapReader r, String key) {
        return r.required(key, k -> name(r, k), LocalizedText.uniform("", r.at()));
    }

    static Optional<LocalizedText> localized(MapReader r, String key, Node n, boolean plainAllowed) {
        if (n instanceof ScalarNode) {
            if (plainAllowed) {
                return r.scalar(n, "'" + key + "'").map(v -> LocalizedText.uniform(v, r.pos(n)));
            }
            r.problem(LoadIds.TYPE, n, "'" + key + "' must give the text per language, e.g. "
                    + "'" + key + ": { fi: ..., sv: ..., en: ... }'.");
            return Optional.empty();
        }
        if (!(n instanceof MappingNode m)) {
            r.problem(LoadIds.TYPE, n, "'" + key + "' must give the text per language, found " + MapReader.describe(n) + ".");
            return Optional.empty();
        }
        Map<Language, String> values = new EnumMap<>(Language.class);
        Map<Language, SourcePosition> positions = new EnumMap<>(Language.class);
        for (NodeTuple t : m.getValue()) {
            Optional<String> code = r.scalar(t.getKeyNode(), "A language code");
            Optional<Language> language = code.flatMap(Language::fromCode);
            if (code.isPresent() && language.isEmpty()) {
                String comma = code.get().contains(" ") ? " If this is part of the text: a comma inside { } ends the "
                        + "text, so put the whole text in quotes." : "";
                r.problem(LoadIds.UNKNOWN_KEY, t.getKeyNode(), "Unknown language '" + MapReader.quote(code.get())
                        + "' in '" + key + "'; languages are fi, sv and en." + Suggestions.hint(code.get(), LANGUAGE_CODES)
                        + comma);
                continue;
            }
            if (language.isPresent() && values.containsKey(language.get())) {
                r.problem(LoadIds.DUPLICATE_KEY, t.getKeyNode(), "Language '" + code.get() + "' appears twice in '"
                        + key + "'; keep one of them.");
                continue;
            }
            language.ifPresent(l -> {
                values.put(l, r.scalar(t.getValueNode(), "The " + l.code() + " text of '" + key + "'").orElse(""));
                positions.put(l, r.pos(t.getValueNode()));
            });
        }
        return Optional.of(new LocalizedText(values, positions, false, r.pos(n)));
    }

    /** A lower-case keyword of {@code type}; an unknown one is reported with the allowed values. */
    static <E extends Enum<E> & Keyword> Optional<E> keyword(MapReader r, String key, Class<E> type) {
        return r.optString(key).flatMap(v -> {
            for (E e : type.getEnumConstants()) {
                if (e.keyword().equals(v)) {
                    return Optional.of(e);
                }
            }
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Keyword::keyword).toList();
            r.problems().add(LoadIds.VALUE, r.origin().of(key), "Unknown " + key + " '" + MapReader.quote(v) + "'."
                    + Suggestions.hint(v, allowed) + " Allowed: " + String.join(", ", allowed) + ".");
            return Optional.empty();
        });
    }

    static <E extends Enum<E> & Keyword> E requiredKeyword(MapReader r, String key, Class<E> type, E fallback) {
        return r.required(key, k -> keyword(r, k, type), fallback);
    }

    static Optional<LocalDate> date(MapReader r, String key) {
        return r.optString(key).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                r.problems().add(LoadIds.VALUE, r.origin().of(key), "'" + key + "' must be a date written as "
                        + "year-month-day, e.g. 2026-01-15; found '" + MapReader.quote(v) + "'.");
                return Optional.empty();
            }
        });
    }

    /** An ISO-8601 period of years, months, weeks or days, such as {@code P10Y} or {@code P6M}. */
    static Optional<Period> period(MapReader r, String key) {
        return r.optString(key).flatMap(v -> {
            try {
                Period p = Period.parse(v);
                if (!p.isNegative() && !p.isZero()) {
                    return Optional.of(p);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            r.problems().add(LoadIds.VALUE, r.origin().of(key), "'" + key + "' must be an ISO-8601 period such as "
                    + "P10Y (10 years), P6M (6 months) or P30D (30 days); found '" + MapReader.quote(v) + "'.");
            return Optional.empty();
        });
    }

    static boolean flag(MapReader r, String key, boolean fallback) {
        return r.optString(key).map(v -> switch (v) {
            case "true", "True", "TRUE" -> true;
            case "false", "False", "FALSE" -> false;
            default -> {
                r.problems().add(LoadIds.VALUE, r.origin().of(key), "'" + key + "' is true or false; found '"
                        + MapReader.quote(v) + "'.");
                yield fallback;
            }
        }).orElse(fallback);
    }

    static Optional<Integer> integer(MapReader r, String key, int min, int max) {
        return r.optString(key).flatMap(v -> {
            if (v.matches("[0-9]{1,4}") && Integer.parseInt(v) >= min && Integer.parseInt(v) <= max) {
                return Optional.of(Integer.parseInt(v));
            }
            r.problems().add(LoadIds.VALUE, r.origin().of(key), "'" + key + "' must be a whole number from " + min
                    + " to " + max + "; found '" + MapReader.quote(v) + "'.");
            return Optional.empty();
        });
    }

    /** An ISO 3166-1 alpha-2 country code, kept as written ({@code NO} is Norway). */
    static String country(MapReader r, String key, String fallback) {
        return r.optString(key).map(v -> {
            if (!v.matches("[A-Z]{2}") || !java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA2)
                    .contains(v)) {
                r.problems().add(LoadIds.VALUE, r.origin().of(key), "'" + MapReader.quote(v) + "' is not an ISO 3166 "
                        + "country code; write two capital letters such as FI, SE, US.");
            }
            return v;
        }).orElse(fallback);
    }

    /** A list of id references; each is checked for form here and resolved later. */
    static List<String> ids(MapReader r, String key) {
        List<String> ids = r.strings(key);
        for (int i = 0; i < ids.size(); i++) {
            checkedId(r, key + "[" + i + "]", ids.get(i));
        }
        return ids;
    }
}
