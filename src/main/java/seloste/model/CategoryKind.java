package seloste.model;

/** The legal regime a category of personal data falls under. */
public enum CategoryKind implements Keyword {
    ORDINARY,
    /** Art. 9(1) special categories; which one is given by {@link SpecialCategory}. */
    SPECIAL,
    /** Art. 10 personal data relating to criminal convictions and offences. */
    CRIMINAL,
    /** The Finnish personal identity code (henkilötunnus), Tietosuojalaki 1050/2018 §29. */
    NATIONAL_ID
}
