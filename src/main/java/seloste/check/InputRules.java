package seloste.check;

import java.util.List;

/** The problems the loader reports, described like rules so that they can be listed, explained and mapped. */
final class InputRules {

    private InputRules() {
    }

    static final List<RuleInfo> ALL = List.of(
            info("input.unreadable", "A path does not exist or cannot be read.",
                    "Check the path; symbolic links are not followed."),
            info("input.encoding", "A file is not valid UTF-8.",
                    "Save the file as UTF-8 (a byte order mark is accepted)."),
            info("input.limit", "A file is too large, too deeply nested, has too many aliases, or too many files "
                    + "were given.", "Split large files; write values out instead of using many aliases."),
            info("yaml.syntax", "A file is not valid YAML, or holds more than one document.",
                    "Fix the indentation or quoting at the position shown; use spaces, not tabs."),
            info("yaml.duplicate-key", "A key appears twice in one mapping.", "Keep one of the two."),
            info("yaml.tag", "A YAML tag (!!type or !custom) is used.",
                    "Remove the tag: values are read as the source format says, never as tagged types."),
            info("schema.unknown-key", "A key that the source format does not know.",
                    "Fix the spelling (a suggestion is given when one is close) or remove the key."),
            info("schema.missing", "A required field is missing or empty.", "Add the field."),
            info("schema.type", "A value has the wrong shape: a list where text belongs, plain text where text "
                    + "per language belongs.", "Write the value in the shape docs/source-format.md gives."),
            info("schema.value", "A value is not one the field accepts: an unknown keyword, a malformed id, "
                    + "date, period or country code.", "Use one of the values the message lists."),
            info("ref.duplicate-id", "Two things of one kind share an id.", "Give each its own id."),
            info("ref.unknown", "A reference names an id that does not exist.",
                    "Fix the id (a suggestion is given when one is close) or define what it refers to."));

    private static RuleInfo info(String id, String summary, String fix) {
        return new RuleInfo(id, Severity.ERROR, "seloste source format (docs/source-format.md)", summary, fix);
    }
}
