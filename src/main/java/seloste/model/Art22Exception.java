package seloste.model;

/** Art. 22(2): when a solely automated decision with legal or similar effect is allowed. */
public enum Art22Exception implements Keyword {
    CONTRACT, LAW, EXPLICIT_CONSENT
}
