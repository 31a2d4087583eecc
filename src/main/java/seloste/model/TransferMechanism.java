package seloste.model;

/** The Chapter V ground for a transfer outside the EU/EEA, including the invalidated ones a rule must catch. */
public enum TransferMechanism implements Keyword {
    /** Art. 45 adequacy decision (for the US: the EU-US Data Privacy Framework, certified recipients only). */
    ADEQUACY("45", true),
    /** Art. 46(2)(c) standard contractual clauses, Commission Implementing Decision (EU) 2021/914. */
    STANDARD_CONTRACTUAL_CLAUSES("46(2)(c)", true),
    /** Art. 47 binding corporate rules. */
    BINDING_CORPORATE_RULES("47", true),
    /** Art. 46(2)(e) approved code of conduct with binding commitments. */
    CODE_OF_CONDUCT("46(2)(e)", true),
    /** Art. 46(2)(f) approved certification mechanism with binding commitments. */
    CERTIFICATION("46(2)(f)", true),
    /** Art. 49(1) derogation for a specific situation. */
    DEROGATION("49", true),
    /** Invalidated by the CJEU in C-362/14 (2015). */
    SAFE_HARBOR("45", false),
    /** Invalidated by the CJEU in C-311/18 (2020). */
    PRIVACY_SHIELD("45", false),
    /** Decisions 2001/497/EC, 2004/915/EC, 2010/87/EU: usable only until 27 December 2022. */
    OLD_STANDARD_CONTRACTUAL_CLAUSES("46(2)(c)", false);

    private final String article;
    private final boolean valid;

    TransferMechanism(String article, boolean valid) {
        this.article = article;
        this.valid = valid;
    }

    public String article() {
        return article;
    }

    /** False for mechanisms that can no longer be relied on. */
    public boolean valid() {
        return valid;
    }

    /** Art. 46 and 47 safeguards: the notice must say how to obtain a copy (Art. 13(1)(f)). */
    public boolean needsCopyReference() {
        return this == STANDARD_CONTRACTUAL_CLAUSES || this == BINDING_CORPORATE_RULES
                || this == CODE_OF_CONDUCT || this == CERTIFICATION;
    }
}
