package seloste.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import seloste.model.Language;
import seloste.model.LocalizedText;

/** Phrase matching over the texts a controller writes, one language value at a time. */
final class Wording {

    private Wording() {
    }

    /** A phrase to replace: what it refers to and what to write instead in each language. */
    record Term(Phrase phrase, String why, String fi, String sv, String en) {

        String instead(Language language) {
            return switch (language) {
                case FI -> fi;
                case SV -> sv;
                case EN -> en;
            };
        }
    }

    /** The languages worth reading: only the first when the text was written once for every language. */
    static List<Language> languagesOf(LocalizedText text) {
        List<Language> written = new ArrayList<>(3);
        for (Language l : Language.values()) {
            if (!text.get(l).isEmpty()) {
                written.add(l);
                if (text.uniform()) {
                    break;
                }
            }
        }
        return written;
    }

    /** The first match of {@code phrase} in the {@code language} value of {@code text}, a text of the notice read. */
    static Optional<String> find(Phrase phrase, Reading reading, LocalizedText text, Language language) {
        return phrase.find(reading.prepared(text, language));
    }

    /** Reports each term found in any text of the notice, once per text, language and term. */
    static void flag(Reading reading, List<Term> terms, NoticeRule.Report report) {
        for (LocalizedText text : reading.texts()) {
            for (Language l : languagesOf(text)) {
                Phrase.Prepared value = reading.prepared(text, l);
                for (Term t : terms) {
                    Optional<String> found = t.phrase().find(value);
                    if (found.isPresent()) {
                        report.add(text.positionOf(l), "'" + found.get() + "' refers to " + t.why() + "; write '"
                                + t.instead(l) + "' instead.");
                    }
                }
            }
        }
    }

    /** How a text is quoted in a message: its English value, or the first written, at most 40 characters. */
    static String sample(LocalizedText text) {
        String s = text.in(Language.EN).or(() -> languagesOf(text).stream().findFirst().flatMap(text::in)).orElse("");
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
