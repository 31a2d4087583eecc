package seloste.check.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import seloste.check.Severity;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Repository;

/** The same sentence in two languages is usually a translation that was never made. */
final class TextCopiedRule extends TextRule {

    /** Texts with fewer words than this are names, codes and citations, which may read the same everywhere. */
    private static final int MIN_WORDS = 4;

    TextCopiedRule() {
        super("language.text.copied", Severity.WARNING, "GDPR Art. 12(1); WP260 rev.01",
                "A text is identical in two of the notice's languages.",
                "Translate the text; a name that reads the same in every language may be written once as a plain "
                        + "string.");
    }

    @Override
    void check(Reading reading, Repository repository, Report report) {
        Notice notice = reading.notice();
        // loops, not streams: every text of every notice passes here, and each lambda is an allocation through
        // the VM in the quick compiler
        List<Language> langs = new ArrayList<>(Language.values().length);
        for (LocalizedText text : reading.texts()) {
            if (text.uniform()) {
                continue;
            }
            langs.clear();
            for (Language l : notice.languages()) {
                if (text.in(l).isPresent()) {
                    langs.add(l);
                }
            }
            for (int j = 1; j < langs.size(); j++) {
                Language l = langs.get(j);
                Language copied = earlierCopy(text, langs, j);
                if (copied != null && prose(text.get(l))) {
                    report.add(text.positionOf(l), "The " + l.code() + " text is the same as the " + copied.code()
                            + " text; translate it into " + l.code() + ".");
                    break;
                }
            }
        }
    }

    /** The first of the languages before {@code langs[j]} whose text is the same as that one's, or null. */
    private static Language earlierCopy(LocalizedText text, List<Language> langs, int j) {
        String own = text.get(langs.get(j)).strip();
        for (int i = 0; i < j; i++) {
            if (text.get(langs.get(i)).strip().equals(own)) {
                return langs.get(i);
            }
        }
        return null;
    }

    /** True for running text: enough words, once addresses are set aside, and not all of them capitalised. */
    private static boolean prose(String text) {
        String[] words = text.replaceAll("\\S+@\\S+|\\S+://\\S+|www\\.\\S+", " ").replaceAll("[^\\p{L}\\s]", " ")
                .trim().split("\\s+");
        long lower = Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)))
                .count();
        return words.length >= MIN_WORDS && lower > 0;
    }
}
