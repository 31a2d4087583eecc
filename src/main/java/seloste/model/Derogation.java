package seloste.model;

/** The derogations of Art. 49(1). */
public enum Derogation implements Keyword {
    EXPLICIT_CONSENT("a"),
    CONTRACT_WITH_DATA_SUBJECT("b"),
    CONTRACT_IN_DATA_SUBJECT_INTEREST("c"),
    PUBLIC_INTEREST("d"),
    LEGAL_CLAIMS("e"),
    VITAL_INTERESTS("f"),
    PUBLIC_REGISTER("g"),
    COMPELLING_LEGITIMATE_INTERESTS("second subparagraph");

    private final String point;

    Derogation(String point) {
        this.point = point;
    }

    public String article() {
        return point.length() == 1 ? "49(1)(" + point + ")" : "49(1), " + point;
    }
}
