package seloste.check.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import seloste.check.Severity;
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
        eachNotice(repository, (n, found) -> Texts.in(n).forEach(t -> judge(t, () -> Texts.pathOf(n, "", t),
                n.languages(), Optional.of(n.id()), guess, found)), report);
        for (Notice n : repository.notices()) {
            controllers.computeIfAbsent(n.controller(), k -> EnumSet.noneOf(Language.class)).addAll(n.languages());
            n.recipients().forEach(d -> recipients.computeIfAbsent(d.recipient(), k -> EnumSet.noneOf(Language.class))
                    .addAll(n.languages()));
            n.transfers().forEach(t -> recipients.computeIfAbsent(t.recipient(), k -> EnumSet.noneOf(Language.class))
                    .addAll(n.languages()));
        }
        controllers.forEach((id, langs) -> repository.controller(id).ifPresent(c -> Texts.in(c)
                .forEach(t -> judge(t, () -> Texts.pathOf(c, "", t) + " in controller '" + id + "'", langs,
                        Optional.empty(), guess, report))));
        recipients.forEach((id, langs) -> repository.recipient(id).ifPresent(r -> Texts.in(r)
                .forEach(t -> judge(t, () -> Texts.pathOf(r, "recipients[" + id + "]", t) + " in the recipients file",
                        langs, Optional.empty(), guess, report))));
    }

    /** Reports each declared language whose value reads as another one; copies are language.text.copied's. */
    private static void judge(LocalizedText text, Supplier<String> path, Collection<Language> declared,
            Optional<String> notice, LanguageGuess.Memo guess, Report report) {
        for (Language l : declared) {
            String value = text.get(l);
            if (text.uniform() || value.isEmpty() || copied(text, l, declared)) {
                continue;
            }
            guess.other(value, l).ifPresent(other -> report.add(notice, text.positionOf(l), "The " + l.code()
                    + " text of " + path.get() + " reads as " + LanguageGuess.name(other) + "; write it in "
                    + LanguageGuess.name(l) + ", or move it under '" + other.code() + ":'."));
        }
    }

    private static boolean copied(LocalizedText text, Language l, Collection<Language> declared) {
        return declared.stream().anyMatch(k -> k != l && text.get(k).strip().equals(text.get(l).strip()));
    }
}
