package seloste.model;

/** The conditions of Art. 9(2) that lift the prohibition on processing special categories. */
public enum Art9Condition implements Keyword {
    EXPLICIT_CONSENT("a", false),
    EMPLOYMENT_AND_SOCIAL_SECURITY("b", true),
    VITAL_INTERESTS("c", false),
    NOT_FOR_PROFIT_BODY("d", false),
    MANIFESTLY_MADE_PUBLIC("e", false),
    LEGAL_CLAIMS("f", false),
    SUBSTANTIAL_PUBLIC_INTEREST("g", true),
    HEALTH_OR_SOCIAL_CARE("h", true),
    PUBLIC_HEALTH("i", true),
    ARCHIVING_RESEARCH_STATISTICS("j", true);

    private final String point;
    private final boolean needsLaw;

    Art9Condition(String point, boolean needsLaw) {
        this.point = point;
        this.needsLaw = needsLaw;
    }

    /** The article reference, e.g. {@code 9(2)(a)}. */
    public String article() {
        return "9(2)(" + point + ")";
    }

    /** Whether the condition applies only on the basis of Union or Member State law. */
    public boolean needsLaw() {
        return needsLaw;
    }
}
