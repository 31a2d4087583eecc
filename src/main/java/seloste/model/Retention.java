package seloste.model;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long data are kept (Art. 13(2)(a)): a period counted from an event, or the criteria used.
 *
 * @param data ids of the data categories the rule covers
 * @param purposes ids of the purposes the rule covers; empty with {@code data} empty means every purpose
 * @param period an ISO-8601 period such as {@code P10Y}
 * @param from the event the period runs from, as a standard event
 * @param fromText the event in the controller's own words, written as the "from ..." phrase
 * @param law the law that requires keeping the data
 */
public record Retention(List<String> data, List<String> purposes, Optional<Period> period,
        Optional<RetentionEvent> from, Optional<LocalizedText> fromText, Optional<LocalizedText> criteria,
        Optional<LocalizedText> law, Origin origin) {

    public Retention {
        data = List.copyOf(data);
        purposes = List.copyOf(purposes);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromText, "fromText");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(origin, "origin");
    }
}
