package seloste.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Repository;
import seloste.model.SourcePosition;

/** Names of things a change is about, per language, where the notice itself does not name them. */
final class Names {

    private Names() {
    }

    /** The shared recipient's name, or its id when the recipients file does not define it. */
    static LocalizedText recipient(Repository repository, String id) {
        return repository.recipient(id).map(r -> r.name()).orElseGet(() -> LocalizedText.uniform(id,
                SourcePosition.wholeFile("")));
    }

    /** The country's name in each language, with its code: "Yhdysvallat (US)". */
    static LocalizedText country(String code, SourcePosition at) {
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(l.code()));
            names.put(l, name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")");
        }
        return new LocalizedText(names, Map.of(), false, at);
    }

    /** Names joined per language: the categories or purposes a retention rule covers. */
    static LocalizedText joined(List<LocalizedText> names, SourcePosition at) {
        Map<Language, String> joined = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            joined.put(l, String.join(", ", names.stream().map(n -> n.in(l).orElse("")).filter(s -> !s.isEmpty())
                    .toList()));
        }
        return new LocalizedText(joined, Map.of(), false, at);
    }
}
