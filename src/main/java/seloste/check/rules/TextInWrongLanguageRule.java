package seloste.check.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import seloste.check.Severity;
import seloste.check.rules.Texts.Located;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Repository;

/** Finnish under 'sv:' is a translation that was pasted in the wrong place, or never made. */
final class TextInWrongLanguageRule extends RepositoryRule {

    TextInWrongLanguageRule() {
        super("language.text.wrong", Severity.WARNING, "GDPR Art. 12(1); WP260 rev.01",
                "A text reads as another of Finnish, Swedish and English than the language it is written under.",
                "Write the text in the language of its key, or move it under the key of the language it is in.");
    }

    @Override
    void check(Repository repository, Report report) {
        LanguageGuess.Memo guess = new LanguageGuess.Memo();
        Map<String, Set<Language>> controllers = new TreeMap<>();
        Map<String, Set<Language>> recipients = new TreeMap<>();
        for (Notice n : repository.notices()) {
            Texts.located(n, "").forEach(t -> judge(t, "", n.languages(), Optional.of(n.id()), guess, report));
            controllers.computeIfAbsent(n.controller(), k -> EnumSet.noneOf(Language.class)).addAll(n.languages());
            n.recipients().forEach(d -> recipients.computeIfAbsent(d.recipient(), k -> EnumSet.noneOf(Language.class))
                    .addAll(n.languages()));
            n.transfers().forEach(t -> recipients.computeIfAbsent(t.recipient(), k -> EnumSet.noneOf(Language.class))
                    .addAll(n.languages()));
        }
        controllers.forEach((id, langs) -> repository.controller(id).ifPresent(c -> Texts.located(c, "")
                .forEach(t -> judge(t, " in controller '" + id + "'", langs, Optional.empty(), guess, report))));
        recipients.forEach((id, langs) -> repository.recipient(id).ifPresent(r -> Texts.located(r, "recipients[" + id
                + "]").forEach(t -> judge(t, " in the recipients file", langs, Optional.empty(), guess, report))));
    }

    /** Reports each declared language whose value reads as another one; copies are language.text.copied's. */
    private static void judge(Located t, String where, Collection<Language> declared, Optional<String> notice,
            LanguageGuess.Memo guess, Report report) {
        for (Language l : declared) {
            String value = t.text().get(l);
            if (t.text().uniform() || value.isEmpty() || copied(t.text(), l, declared)) {
                continue;
            }
            guess.other(value, l).ifPresent(other -> report.add(notice, t.text().positionOf(l), "The " + l.code()
                    + " text of " + t.path() + where + " reads as " + LanguageGuess.name(other) + "; write it in "
                    + LanguageGuess.name(l) + ", or move it under '" + other.code() + ":'."));
        }
    }

    private static boolean copied(LocalizedText text, Language l, Collection<Language> declared) {
        return declared.stream().anyMatch(k -> k != l && text.get(k).strip().equals(text.get(l).strip()));
    }
}
