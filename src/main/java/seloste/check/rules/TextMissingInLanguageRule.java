package seloste.check.rules;

import java.util.List;
import seloste.check.Severity;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Repository;

/** A notice is published only in full: every text it shows must exist in every language it declares. */
final class TextMissingInLanguageRule extends NoticeRule {

    TextMissingInLanguageRule() {
        super("language.text.missing", Severity.ERROR, "GDPR Art. 12(1); WP260 rev.01",
                "A text of the notice, its controller or its recipients is missing in a declared language.",
                "Add the missing language to the text (e.g. 'sv: ...'), or remove the language from 'languages:'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        List<LocalizedText> texts = new java.util.ArrayList<>(Texts.in(notice));
        repository.controller(notice.controller()).ifPresent(c -> texts.addAll(Texts.in(c)));
        notice.recipients().forEach(d -> repository.recipient(d.recipient()).ifPresent(r -> texts.addAll(Texts.in(r))));
        notice.transfers().forEach(t -> repository.recipient(t.recipient()).ifPresent(r -> texts.addAll(Texts.in(r))));
        for (LocalizedText t : texts) {
            for (Language l : notice.languages()) {
                if (t.in(l).isEmpty()) {
                    report.add(t.positionOf(l), "Notice '" + notice.id() + "' is published in " + l.code()
                            + " but this text has no " + l.code() + " version; add '" + l.code() + ":'.");
                }
            }
        }
    }
}
