package seloste.model;

/** What kind of body the controller is: public authorities may not rely on Art. 6(1)(f) for their tasks. */
public enum ControllerType implements Keyword {
    COMPANY, ASSOCIATION, PUBLIC_AUTHORITY
}
