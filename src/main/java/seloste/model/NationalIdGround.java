package seloste.model;

/** The grounds on which Tietosuojalaki 1050/2018 §29 allows processing the personal identity code. */
public enum NationalIdGround implements Keyword {
    CONSENT,
    LAW,
    UNAMBIGUOUS_IDENTIFICATION,
    /** Credit, debt collection, insurance, credit information, rental and lending, health, social, employment. */
    SECTOR,
    ADDRESS_UPDATE
}
