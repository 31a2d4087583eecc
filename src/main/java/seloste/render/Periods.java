package seloste.render;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import seloste.model.Language;

/**
 * ISO-8601 periods in words: {@code P1Y6M} is "1 vuosi ja 6 kuukautta", "1 år och 6 månader",
 * "1 year and 6 months". Finnish takes the nominative singular after 1 and the partitive singular
 * after any other numeral; Swedish and English take the plural after any numeral but 1.
 */
final class Periods {

    private Periods() {
    }

    static String words(Period period, Language language) {
        List<String> parts = new ArrayList<>(3);
        add(parts, period.getYears(), Unit.YEAR, language);
        add(parts, period.getMonths(), Unit.MONTH, language);
        add(parts, period.getDays(), Unit.DAY, language);
        if (parts.isEmpty()) {
            parts.add(amount(0, Unit.DAY, language));
        }
        return Lists.join(parts, language);
    }

    static String amount(int n, Unit unit, Language language) {
        return n + " " + (n == 1 ? unit.one(language) : unit.other(language));
    }

    private static void add(List<String> parts, int n, Unit unit, Language language) {
        if (n != 0) {
            parts.add(amount(n, unit, language));
        }
    }

    /** A unit of time with its forms after 1 and after any other numeral, per language. */
    enum Unit {
        YEAR("vuosi", "vuotta", "år", "år", "year", "years"),
        MONTH("kuukausi", "kuukautta", "månad", "månader", "month", "months"),
        DAY("päivä", "päivää", "dag", "dagar", "day", "days");

        private final String[] forms;

        /** Forms in the order fi one, fi other, sv one, sv other, en one, en other. */
        Unit(String... forms) {
            this.forms = forms;
        }

        String one(Language language) {
            return forms[2 * column(language)];
        }

        String other(Language language) {
            return forms[2 * column(language) + 1];
        }

        private static int column(Language language) {
            return switch (language) {
                case FI -> 0;
                case SV -> 1;
                case EN -> 2;
            };
        }
    }
}
