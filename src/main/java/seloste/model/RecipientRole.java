package seloste.model;

/** In what capacity a recipient receives personal data. */
public enum RecipientRole implements Keyword {
    /** Processes on the controller's behalf under an Art. 28 agreement. */
    PROCESSOR,
    /** Receives data as a controller in its own right (a disclosure). */
    CONTROLLER,
    /** Decides purposes and means together with the controller (Art. 26). */
    JOINT_CONTROLLER,
    /** A public authority receiving data under law. */
    AUTHORITY
}
