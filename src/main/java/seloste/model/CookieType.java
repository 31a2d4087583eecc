package seloste.model;

/** What a cookie or similar technology is for; all but {@link #NECESSARY} need consent (917/2014 §205). */
public enum CookieType implements Keyword {
    NECESSARY, PREFERENCES, STATISTICS, MARKETING
}
