package seloste.model;

/** Events a retention period is commonly counted from; the phrase catalogue words each one. */
public enum RetentionEvent implements Keyword {
    COLLECTION,
    END_OF_CUSTOMER_RELATIONSHIP,
    END_OF_CONTRACT,
    END_OF_FINANCIAL_YEAR,
    END_OF_RECRUITMENT,
    END_OF_EMPLOYMENT,
    WITHDRAWAL_OF_CONSENT,
    LAST_ACTIVITY
}
