package seloste.render;

import java.util.List;
import java.util.regex.Pattern;
import seloste.model.Language;

/**
 * Lists in running text: "a, b ja c", "a, b och c", "a, b and c" (no serial comma). When an item
 * has the conjunction inside it ("Tilaus- ja maksutiedot"), the last item is joined the way careful
 * writers do it in each language, so that the list reads one way only: Finnish with "sekä"
 * ("Yhteystiedot, Tilaus- ja maksutiedot sekä Asiakasviestit"), Swedish with "samt", English with
 * a serial comma ("contact details, order and payment data, and messages") or, for two items, with
 * "as well as" ("contact details as well as order and payment data").
 */
final class Lists {

    private static final Pattern FI = Pattern.compile("(?i)(?<!\\p{L})ja(?!\\p{L})");
    private static final Pattern SV = Pattern.compile("(?i)(?<!\\p{L})och(?!\\p{L})");
    private static final Pattern EN = Pattern.compile("(?i)(?<!\\p{L})and(?!\\p{L})");

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
        String head = String.join(", ", items.subList(0, items.size() - 1));
        boolean nested = items.stream().anyMatch(i -> conjunctionIn(language).matcher(i).find());
        if (!nested) {
            return head + " " + conjunction(language) + " " + last;
        }
        return switch (language) {
            case FI -> head + " sekä " + last;
            case SV -> head + " samt " + last;
            case EN -> items.size() == 2 ? head + " as well as " + last : head + ", and " + last;
        };
    }

    static String conjunction(Language language) {
        return switch (language) {
            case FI -> "ja";
            case SV -> "och";
            case EN -> "and";
        };
    }

    private static Pattern conjunctionIn(Language language) {
        return switch (language) {
            case FI -> FI;
            case SV -> SV;
            case EN -> EN;
        };
    }
}
