package seloste.load;

/** The rule ids of the problems the loader reports. */
final class LoadIds {

    static final String IO = "input.unreadable";
    static final String ENCODING = "input.encoding";
    static final String LIMIT = "input.limit";
    static final String SYNTAX = "yaml.syntax";
    static final String DUPLICATE_KEY = "yaml.duplicate-key";
    static final String TAG = "yaml.tag";
    static final String UNKNOWN_KEY = "schema.unknown-key";
    static final String MISSING = "schema.missing";
    static final String TYPE = "schema.type";
    static final String VALUE = "schema.value";
    static final String DUPLICATE_ID = "ref.duplicate-id";
    static final String UNKNOWN_REF = "ref.unknown";

    private LoadIds() {
    }
}
