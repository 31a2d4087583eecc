package seloste.model;

/** Whether providing the data is required, and by what (Art. 13(2)(e)). */
public enum RequirementKind implements Keyword {
    STATUTORY, CONTRACTUAL, CONTRACT_PRECONDITION, VOLUNTARY
}
