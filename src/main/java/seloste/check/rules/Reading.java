package seloste.check.rules;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Notice;

/**
 * A notice as the rules that read its texts see it: its texts found once, and each value folded for
 * phrase search at most once, however many rules look for phrases in it. The notice rules run one
 * notice at a time on one thread ({@link NoticeRule#run}), so a reading is never shared between threads.
 */
final class Reading {

    private final Notice notice;
    private final List<LocalizedText> texts;
    private final Map<LocalizedText, Phrase.Prepared[]> prepared = new IdentityHashMap<>();

    Reading(Notice notice) {
        this.notice = notice;
        this.texts = Texts.in(notice);
    }

    Notice notice() {
        return notice;
    }

    /** Every text of the notice, as {@link Texts#in} finds them. */
    List<LocalizedText> texts() {
        return texts;
    }

    /** The {@code language} value of {@code text}, made ready for {@link Phrase#find(Phrase.Prepared)}. */
    Phrase.Prepared prepared(LocalizedText text, Language language) {
        Phrase.Prepared[] values = prepared.computeIfAbsent(text, t -> new Phrase.Prepared[Language.values().length]);
        int i = language.ordinal();
        if (values[i] == null) {
            values[i] = Phrase.prepare(text.get(language));
        }
        return values[i];
    }
}
