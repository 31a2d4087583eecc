package seloste.model;

/** The legal bases of Art. 6(1), in the order of the Regulation. */
public enum LegalBasis implements Keyword {
    CONSENT("a"),
    CONTRACT("b"),
    LEGAL_OBLIGATION("c"),
    VITAL_INTERESTS("d"),
    PUBLIC_TASK("e"),
    LEGITIMATE_INTERESTS("f");

    private final String point;

    LegalBasis(String point) {
        this.point = point;
    }

    /** The article reference, e.g. {@code 6(1)(a)}. */
    public String article() {
        return "6(1)(" + point + ")";
    }
}
