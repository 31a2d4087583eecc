package seloste.render;

import java.util.Locale;
import seloste.model.Language;

/**
 * Country names in the reader's language. The phrase catalogue names the countries whose everyday
 * name does not suit a legal text ({@code country.GB}: "Yhdistynyt kuningaskunta", "Förenade
 * kungariket"); every other country comes from the JDK's CLDR data: {@code NO} is "Norja", "Norge",
 * "Norway".
 */
final class Countries {

    private Countries() {
    }

    /** The name in the catalogue's {@code country.<CODE>} phrase, or else CLDR's. */
    static String name(String isoCode, Phrasebook phrases) {
        String code = isoCode.strip().toUpperCase(Locale.ROOT);
        return phrases.find("country." + code).orElseGet(() -> name(code, phrases.language()));
    }

    /** CLDR's name of the country, or the code when CLDR has none. */
    static String name(String isoCode, Language language) {
        String code = isoCode.strip().toUpperCase(Locale.ROOT);
        String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language.code()));
        return name.isBlank() ? code : name;
    }
}
