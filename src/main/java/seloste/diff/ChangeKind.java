package seloste.diff;

/** The kinds of material change, in the order a notice lists them. */
public enum ChangeKind {
    NOTICE_ADDED,
    NOTICE_REMOVED,
    PURPOSE_ADDED,
    PURPOSE_REMOVED,
    LEGAL_BASIS_CHANGED,
    ART9_CONDITION_CHANGED,
    CATEGORY_ADDED,
    RECIPIENT_ADDED,
    TRANSFER_ADDED,
    RETENTION_CHANGED
}
