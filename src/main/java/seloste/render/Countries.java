package seloste.render;

import java.util.Locale;
import seloste.model.Language;

/** Country names in the reader's language, from the JDK's CLDR data: {@code US} is "Yhdysvallat", "USA", "United States". */
final class Countries {

    private Countries() {
    }

    static String name(String isoCode, Language language) {
        String code = isoCode.strip().toUpperCase(Locale.ROOT);
        String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language.code()));
        return name.isBlank() ? code : name;
    }
}
