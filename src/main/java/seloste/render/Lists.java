package seloste.render;

import java.util.List;
import seloste.model.Language;

/** Lists in running text: "a, b ja c", "a, b och c", "a, b and c" (no serial comma). */
final class Lists {

    private Lists() {
    }

    static String join(List<String> items, Language language) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String last = items.get(items.size() - 1);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction(language) + " " + last;
    }

    static String conjunction(Language language) {
        return switch (language) {
            case FI -> "ja";
            case SV -> "och";
            case EN -> "and";
        };
    }
}
