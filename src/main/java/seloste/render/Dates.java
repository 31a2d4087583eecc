package seloste.render;

import java.time.LocalDate;
import seloste.model.Language;

/** Dates as readers write them: {@code 15.1.2026} in Finnish and Finland-Swedish, {@code 15 January 2026} in English. */
final class Dates {

    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private Dates() {
    }

    static String format(LocalDate date, Language language) {
        return switch (language) {
            case FI, SV -> date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
            case EN -> date.getDayOfMonth() + " " + ENGLISH_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
        };
    }
}
