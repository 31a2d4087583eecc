package seloste.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import seloste.check.RuleInfo;
import seloste.model.Language;

/**
 * The value shapes every source file uses, as the loader reads them: ids, text per language, names,
 * dates, periods, country codes, flags, waivers, addresses and contacts.
 */
final class Common {

    static final String WAIVERS = "waivers";
    static final String WAIVE_DOC = "Waivers: findings of a rule that do not apply inside this mapping, each with "
            + "the reason (docs/source-format.md, Waivers).";
    static final String TEXT = "text";
    static final String NAME = "name";
    static final String TEXTS = "texts";
    static final String ID = "id";
    static final String IDS = "ids";
    static final String ADDRESS = "address";
    static final String CONTACT = "contact";

    /** As seloste.load.Values.ID; the loader also limits ids to 64 characters. */
    private static final String ID_PATTERN = "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$";
    private static final String DATE_PATTERN = "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$";
    /** java.time.Period: years, months, weeks and days, not all zero, letters in either case. */
    private static final String PERIOD_PATTERN = "^(?=.*[1-9])[Pp](?=[0-9])(?:[0-9]+[Yy])?(?:[0-9]+[Mm])?"
            + "(?:[0-9]+[Ww])?(?:[0-9]+[Dd])?$";

    private Common() {
    }

    /** Defines the shared shapes in {@code defs}. */
    static void define(Defs defs, List<RuleInfo> rules) {
        defs.define(ID, Defs.describe(id(), "An id: lower-case letters a-z, digits and single hyphens, starting with "
                + "a letter, at most 64 characters (e.g. customer-service)."));
        ObjectNode ids = Defs.types("array", "null");
        ids.set("items", Defs.types("string", "null").put("pattern", ID_PATTERN).put("maxLength", 64));
        defs.define(IDS, Defs.describe(ids, "A list of ids, e.g. [contact, orders]."));
        defs.define(TEXT, text(false));
        defs.define(NAME, text(true));
        ObjectNode texts = Defs.types("array", "null");
        texts.set("items", defs.nonNull(defs.ref(TEXT)));
        defs.define(TEXTS, Defs.describe(texts, "A list of texts, each with one entry per language."));
        defs.define(WAIVERS, waivers(rules));
        defs.define(ADDRESS, new Mapping(defs)
                .required("street", defs.ref(NAME), "Street address or P.O. box: plain, or per language.")
                .required("postal_code", scalar(true), "Postal code, kept as written (00100 keeps its zeros).")
                .required("city", defs.ref(NAME), "City: plain, or per language ({fi: Helsinki, sv: Helsingfors}).")
                .optional("country", country(true), "ISO 3166-1 alpha-2 country code; default FI.")
                .build("A postal address.", true));
        defs.define(CONTACT, new Mapping(defs)
                .optional("name", defs.ref(NAME), "Name of the person or function: plain, or per language.")
                .optional("email", scalar(true), "E-mail address.")
                .optional("phone", scalar(true), "Phone number, e.g. +358 9 123 4567.")
                .optional("address", defs.ref(ADDRESS), "Postal address.")
                .build("Contact details: a name, e-mail, phone and postal address, each optional.", true));
    }

    /** A single value read as text: a string, or a number or true/false kept as written. */
    static ObjectNode scalar(boolean nullable) {
        return nullable ? Defs.types("string", "number", "boolean", "null") : Defs.types("string", "number", "boolean");
    }

    static ObjectNode id() {
        return Defs.types("string").put("pattern", ID_PATTERN).put("maxLength", 64);
    }

    /** An id where the key is optional, so {@code null} reads as absent. */
    static ObjectNode optionalId() {
        return Defs.types("string", "null").put("pattern", ID_PATTERN).put("maxLength", 64);
    }

    static ObjectNode date(boolean nullable) {
        return (nullable ? Defs.types("string", "null") : Defs.types("string")).put("pattern", DATE_PATTERN);
    }

    static ObjectNode period(boolean nullable) {
        return (nullable ? Defs.types("string", "null") : Defs.types("string")).put("pattern", PERIOD_PATTERN);
    }

    /** true or false; also as quoted text, which the loader reads the same. */
    static ObjectNode flag() {
        return Defs.types("boolean", "string", "null").put("pattern", "^(?:true|True|TRUE|false|False|FALSE)$");
    }

    /** A whole number from {@code min} to {@code max}, as a number or as up to four digits of text. */
    static ObjectNode integer(int min, int max) {
        StringBuilder alternatives = new StringBuilder();
        for (int i = min; i <= max; i++) {
            alternatives.append(i == min ? "" : "|").append(i);
        }
        ObjectNode n = Defs.types("integer", "string", "null").put("minimum", min).put("maximum", max);
        return n.put("pattern", "^(?=[0-9]{1,4}$)0*(?:" + alternatives + ")$");
    }

    static ObjectNode country(boolean nullable) {
        ObjectNode n = nullable ? Defs.types("string", "null") : Defs.types("string");
        ArrayNode values = n.putArray("enum");
        new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)).forEach(values::add);
        if (nullable) {
            values.addNull();
        }
        return n;
    }

    /** Text per language; a name may also be one plain value that reads the same in every language. */
    private static ObjectNode text(boolean plainAllowed) {
        ObjectNode n = plainAllowed ? Defs.types("string", "number", "boolean", "object", "null")
                : Defs.types("object", "null");
        n.put("description", plainAllowed
                ? "A name: one plain value that reads the same in every language, or one entry per language."
                : "Text per language: {fi: ..., sv: ..., en: ...}, one entry for each language of the notice.");
        ObjectNode languages = n.putObject("properties");
        for (Language l : Language.values()) {
            languages.set(l.code(), Defs.describe(scalar(true), "The text in " + languageName(l) + "."));
        }
        n.put("additionalProperties", false);
        return n;
    }

    private static String languageName(Language l) {
        return switch (l) {
            case FI -> "Finnish";
            case SV -> "Swedish";
            case EN -> "English";
        };
    }

    private static ObjectNode waivers(List<RuleInfo> rules) {
        ObjectNode known = Defs.types("string");
        ArrayNode values = known.putArray("enum");
        ArrayNode docs = known.putArray("enumDescriptions");
        for (RuleInfo r : rules) {
            values.add(r.id());
            docs.add(r.summary() + " (" + r.article() + ")");
        }
        ObjectNode rule = Defs.F.objectNode();
        rule.putArray("anyOf").add(known).add(scalar(false));
        ObjectNode waiver = Defs.types("object");
        ObjectNode props = waiver.putObject("properties");
        props.set("rule", Defs.describe(rule, "The id of the rule waived, as printed in brackets by seloste check."));
        props.set("reason", Defs.describe(scalar(false), "Why the finding does not apply here, for the reviewer."));
        props.set("waive", Defs.F.objectNode().put("$ref", "#/$defs/" + WAIVERS));
        waiver.putArray("required").add("rule").add("reason");
        waiver.put("additionalProperties", false);
        ObjectNode list = Defs.types("array", "null");
        list.set("items", waiver);
        return Defs.describe(list, WAIVE_DOC);
    }
}
