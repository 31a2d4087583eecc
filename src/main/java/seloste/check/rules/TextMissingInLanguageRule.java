package seloste.check.rules;

import java.util.ArrayList;
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
        missing(notice, "", "", notice, report);
        repository.controller(notice.controller()).ifPresent(c ->
                missing(c, "", " in controller '" + c.id() + "'", notice, report));
        List<String> shown = new ArrayList<>();
        notice.recipients().forEach(d -> shown.add(d.recipient()));
        notice.transfers().forEach(t -> shown.add(t.recipient()));
        shown.stream().distinct().forEach(id -> repository.recipient(id).ifPresent(r ->
                missing(r, "recipients[" + r.id() + "]", " in the recipients file", notice, report)));
    }

    private static void missing(Record source, String prefix, String where, Notice notice, Report report) {
        for (LocalizedText t : Texts.in(source)) {
            for (Language l : notice.languages()) {
                if (t.in(l).isEmpty()) {
                    report.add(t.positionOf(l), "Notice '" + notice.id() + "' is published in " + l.code()
                            + ", but " + Texts.pathOf(source, prefix, t) + where + " has no " + l.code()
                            + " text; add '" + l.code() + ":'.");
                }
            }
        }
    }
}
