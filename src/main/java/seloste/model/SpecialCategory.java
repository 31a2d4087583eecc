package seloste.model;

/** The special categories of personal data of Art. 9(1). */
public enum SpecialCategory implements Keyword {
    RACIAL_OR_ETHNIC_ORIGIN,
    POLITICAL_OPINIONS,
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
    TRADE_UNION_MEMBERSHIP,
    GENETIC,
    /** Biometric data processed for the purpose of uniquely identifying a natural person. */
    BIOMETRIC,
    HEALTH,
    SEX_LIFE_OR_SEXUAL_ORIENTATION
}
