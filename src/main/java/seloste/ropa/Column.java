package seloste.ropa;

/**
 * The columns of the record, in order. Most are an item of Art. 30(1); the notice, the identifier
 * and the legal basis tie each row to its source and are what a reviewer asks next.
 */
public enum Column {
    ID, CONTROLLER, JOINT_CONTROLLERS, REPRESENTATIVE, DPO, NOTICE, PURPOSE, LEGAL_BASIS, SUBJECTS, DATA,
    RECIPIENTS, TRANSFERS, RETENTION, SECURITY;

    /** The key of the column's heading in the record's texts. */
    String key() {
        return "column." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
