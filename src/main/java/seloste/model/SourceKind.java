package seloste.model;

/** Where personal data come from. Only {@link #DATA_SUBJECT} and {@link #OBSERVATION} are direct collection (Art. 13). */
public enum SourceKind implements Keyword {
    DATA_SUBJECT,
    /** Observed from the data subject's use of a service: cookies, logs, cameras (C-422/24: still Art. 13). */
    OBSERVATION,
    PUBLIC_REGISTER,
    PURCHASED_LIST,
    PARTNER,
    EMPLOYER,
    OTHER;

    public boolean direct() {
        return this == DATA_SUBJECT || this == OBSERVATION;
    }
}
