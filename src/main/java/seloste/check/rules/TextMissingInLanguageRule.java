package seloste.check.rules;

import java.util.ArrayList;
import java.util.List;
import seloste.check.Severity;
import seloste.check.rules.Texts.Located;
import seloste.model.Language;
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
        List<Located> texts = new ArrayList<>(Texts.located(notice, ""));
        repository.controller(notice.controller()).ifPresent(c ->
                texts.addAll(Texts.located(c, "").stream().map(t -> in("controller '" + c.id() + "'", t)).toList()));
        List<String> shown = new ArrayList<>();
        notice.recipients().forEach(d -> shown.add(d.recipient()));
        notice.transfers().forEach(t -> shown.add(t.recipient()));
        shown.stream().distinct().forEach(id -> repository.recipient(id).ifPresent(r ->
                texts.addAll(Texts.located(r, "recipients[" + r.id() + "]").stream()
                        .map(t -> in("the recipients file", t)).toList())));
        for (Located t : texts) {
            for (Language l : notice.languages()) {
                if (t.text().in(l).isEmpty()) {
                    report.add(t.text().positionOf(l), "Notice '" + notice.id() + "' is published in " + l.code()
                            + ", but " + t.path() + " has no " + l.code() + " text; add '" + l.code() + ":'.");
                }
            }
        }
    }

    private static Located in(String where, Located t) {
        return new Located(t.path() + " in " + where, t.text());
    }
}
