package seloste.render;

import java.time.LocalDate;
import seloste.model.Language;

/**
 * Dates as readers write them: {@code 15.1.2026} in Finnish, {@code 15 January 2026} in English.
 * Swedish follows Finland-Swedish usage, {@code 15.1.2026}, as Finnish authorities and courts write
 * it in Swedish; Sweden's {@code 15 januari 2026} or {@code 2026-01-15} would read as foreign to
 * the Finland-Swedish readers these notices address.
 */
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
