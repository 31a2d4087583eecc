package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import seloste.model.Language;
import seloste.model.RetentionEvent;

/** Dates, lists, periods and country names in Finnish, Swedish and English. */
class LocalisationTest {

    private static final Language FI = Language.FI;
    private static final Language SV = Language.SV;
    private static final Language EN = Language.EN;

    @Test
    void datesAreFinnishStyleInFinnishAndSwedishAndWrittenOutInEnglish() {
        LocalDate d = LocalDate.of(2026, 1, 15);
        assertThat(Dates.format(d, FI)).isEqualTo("15.1.2026");
        assertThat(Dates.format(d, SV)).isEqualTo("15.1.2026");
        assertThat(Dates.format(d, EN)).isEqualTo("15 January 2026");
        assertThat(Dates.format(LocalDate.of(2025, 12, 1), EN)).isEqualTo("1 December 2025");
        assertThat(Dates.format(LocalDate.of(2025, 12, 1), FI)).isEqualTo("1.12.2025");
    }

    @Test
    void listsJoinTheLastItemWithTheConjunctionAndNoSerialComma() {
        List<String> three = List.of("a", "b", "c");
        assertThat(Lists.join(three, FI)).isEqualTo("a, b ja c");
        assertThat(Lists.join(three, SV)).isEqualTo("a, b och c");
        assertThat(Lists.join(three, EN)).isEqualTo("a, b and c");
        assertThat(Lists.join(List.of("a", "b"), FI)).isEqualTo("a ja b");
        assertThat(Lists.join(List.of("a"), EN)).isEqualTo("a");
        assertThat(Lists.join(List.of(), SV)).isEmpty();
    }

    @Test
    void finnishTakesNominativeAfterOneAndPartitiveAfterOtherNumerals() {
        assertThat(Periods.words(Period.ofYears(1), FI)).isEqualTo("1 vuosi");
        assertThat(Periods.words(Period.ofYears(2), FI)).isEqualTo("2 vuotta");
        assertThat(Periods.words(Period.ofYears(10), FI)).isEqualTo("10 vuotta");
        assertThat(Periods.words(Period.ofMonths(1), FI)).isEqualTo("1 kuukausi");
        assertThat(Periods.words(Period.ofMonths(6), FI)).isEqualTo("6 kuukautta");
        assertThat(Periods.words(Period.ofDays(1), FI)).isEqualTo("1 päivä");
        assertThat(Periods.words(Period.ofDays(30), FI)).isEqualTo("30 päivää");
    }

    @Test
    void swedishAndEnglishTakeThePluralAfterNumeralsOtherThanOne() {
        assertThat(Periods.words(Period.ofYears(1), SV)).isEqualTo("1 år");
        assertThat(Periods.words(Period.ofYears(10), SV)).isEqualTo("10 år");
        assertThat(Periods.words(Period.ofMonths(1), SV)).isEqualTo("1 månad");
        assertThat(Periods.words(Period.ofMonths(6), SV)).isEqualTo("6 månader");
        assertThat(Periods.words(Period.ofDays(1), SV)).isEqualTo("1 dag");
        assertThat(Periods.words(Period.ofDays(30), SV)).isEqualTo("30 dagar");
        assertThat(Periods.words(Period.ofYears(1), EN)).isEqualTo("1 year");
        assertThat(Periods.words(Period.ofYears(2), EN)).isEqualTo("2 years");
        assertThat(Periods.words(Period.ofMonths(1), EN)).isEqualTo("1 month");
        assertThat(Periods.words(Period.ofDays(14), EN)).isEqualTo("14 days");
    }

    @Test
    void combinedPeriodsAreJoinedAsAList() {
        Period p = Period.parse("P1Y6M");
        assertThat(Periods.words(p, FI)).isEqualTo("1 vuosi ja 6 kuukautta");
        assertThat(Periods.words(p, SV)).isEqualTo("1 år och 6 månader");
        assertThat(Periods.words(p, EN)).isEqualTo("1 year and 6 months");
        assertThat(Periods.words(Period.parse("P2Y1M3D"), FI)).isEqualTo("2 vuotta, 1 kuukausi ja 3 päivää");
        assertThat(Periods.words(Period.parse("P2W"), EN)).isEqualTo("14 days");
        assertThat(Periods.words(Period.ZERO, FI)).isEqualTo("0 päivää");
    }

    @Test
    void anItemWithTheConjunctionInsideIsJoinedSoTheListReadsOneWayOnly() {
        List<String> nested = List.of("Yhteystiedot", "Tilaus- ja maksutiedot", "Asiakasviestit");
        assertThat(Lists.join(nested, FI)).isEqualTo("Yhteystiedot, Tilaus- ja maksutiedot sekä Asiakasviestit");
        assertThat(Lists.join(List.of("Yhteystiedot", "Tilaus- ja maksutiedot"), FI))
                .isEqualTo("Yhteystiedot sekä Tilaus- ja maksutiedot");
        assertThat(Lists.join(List.of("Kontaktuppgifter", "Beställnings- och betalningsuppgifter", "Meddelanden"), SV))
                .isEqualTo("Kontaktuppgifter, Beställnings- och betalningsuppgifter samt Meddelanden");
        assertThat(Lists.join(List.of("Contact details", "Order and payment data", "Messages"), EN))
                .isEqualTo("Contact details, Order and payment data, and Messages");
        assertThat(Lists.join(List.of("Contact details", "Order and payment data"), EN))
                .isEqualTo("Contact details as well as Order and payment data");
        // a word that merely contains the conjunction does not count
        assertThat(Lists.join(List.of("Jakelu", "Jaksot", "Kanava"), FI)).isEqualTo("Jakelu, Jaksot ja Kanava");
        assertThat(Lists.join(List.of("Android", "Band", "Brand"), EN)).isEqualTo("Android, Band and Brand");
    }

    @Test
    void theCatalogueNamesCountriesWhoseEverydayNameDoesNotSuitALegalText() throws Exception {
        PhraseCatalogue catalogue = PhraseCatalogue.load(TemplateSource.of(java.nio.file.Path.of("templates")));
        assertThat(Countries.name("GB", catalogue.in(FI))).isEqualTo("Yhdistynyt kuningaskunta");
        assertThat(Countries.name("gb", catalogue.in(SV))).isEqualTo("Förenade kungariket");
        assertThat(Countries.name("GB", catalogue.in(EN))).isEqualTo("United Kingdom");
        assertThat(Countries.name("US", catalogue.in(FI))).isEqualTo("Yhdysvallat");
        assertThat(Countries.name("US", catalogue.in(SV))).isEqualTo("Förenta staterna");
        assertThat(Countries.name("KR", catalogue.in(EN))).isEqualTo("Republic of Korea");
        // everything else from CLDR, in the reader's language
        assertThat(Countries.name("NO", catalogue.in(FI))).isEqualTo("Norja");
        assertThat(Countries.name("NO", catalogue.in(SV))).isEqualTo("Norge");
        assertThat(Countries.name("SE", catalogue.in(FI))).isEqualTo("Ruotsi");
        assertThat(Countries.name("CH", catalogue.in(FI))).isEqualTo("Sveitsi");
        assertThat(Countries.name("CH", catalogue.in(SV))).isEqualTo("Schweiz");
        assertThat(Countries.name("IN", catalogue.in(EN))).isEqualTo("India");
    }

    /**
     * Every retention event in every language, after periods that take the singular and the plural
     * and after combined periods, against a reviewed table (src/test/resources/render/retention-phrases.txt).
     */
    @Test
    void everyRetentionEventReadsRightAfterEveryKindOfPeriod() throws Exception {
        PhraseCatalogue catalogue = PhraseCatalogue.load(TemplateSource.of(java.nio.file.Path.of("templates")));
        StringBuilder table = new StringBuilder();
        for (RetentionEvent event : RetentionEvent.values()) {
            for (Language l : Language.values()) {
                for (String iso : List.of("P1Y", "P2Y", "P1M", "P6M", "P1Y6M", "P1D", "P30D")) {
                    table.append(event.keyword()).append(' ').append(iso).append(' ').append(l.code()).append(": ")
                            .append(catalogue.in(l).get("retention.from." + event.keyword(), "period",
                                    Periods.words(Period.parse(iso), l))).append('\n');
                }
            }
        }
        assertThat(table.toString()).isEqualTo(java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/render/retention-phrases.txt")));
    }

    @Test
    void countryNamesComeFromTheJdkInTheReadersLanguage() {
        assertThat(Countries.name("US", FI)).isEqualTo("Yhdysvallat");
        assertThat(Countries.name("US", SV)).isEqualTo("USA");
        assertThat(Countries.name("US", EN)).isEqualTo("United States");
        assertThat(Countries.name("no", FI)).isEqualTo("Norja");
        assertThat(Countries.name("SE", SV)).isEqualTo("Sverige");
    }

    @Test
    void retentionPhrasesPutThePeriodBeforeTheEvent() throws Exception {
        PhraseCatalogue catalogue = PhraseCatalogue.load(TemplateSource.of(java.nio.file.Path.of("templates")));
        String fi = catalogue.in(FI).get("retention.from.end_of_financial_year", "period", Periods.words(Period.ofYears(10), FI));
        String sv = catalogue.in(SV).get("retention.from.end_of_financial_year", "period", Periods.words(Period.ofYears(10), SV));
        String en = catalogue.in(EN).get("retention.from.end_of_financial_year", "period", Periods.words(Period.ofYears(10), EN));
        assertThat(fi).isEqualTo("10 vuotta tilikauden päättymisestä");
        assertThat(sv).isEqualTo("10 år från räkenskapsperiodens utgång");
        assertThat(en).isEqualTo("10 years from the end of the financial year");
    }
}
