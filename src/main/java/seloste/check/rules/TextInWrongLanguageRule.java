package seloste.check.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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
        eachNotice(repository, (n, found) -> judge(n, n.languages(), t -> Texts.pathOf(n, "", t),
                Optional.of(n.id()), guess, found), report);
        for (Notice n : repository.notices()) {
            controllers.computeIfAbsent(n.controller(), k -> EnumSet.noneOf(Language.class)).addAll(n.languages());
            n.recipients().forEach(d -> recipients.computeIfAbsent(d.recipient(), k -> EnumSet.noneOf(Language.class))
                    .addAll(n.languages()));
            n.transfers().forEach(t -> recipients.computeIfAbsent(t.recipient(), k -> EnumSet.noneOf(Language.class))
                    .addAll(n.languages()));
        }
        controllers.forEach((id, langs) -> repository.controller(id).ifPresent(c -> judge(c, langs,
                t -> Texts.pathOf(c, "", t) + " in controller '" + id + "'", Optional.empty(), guess, report)));
        recipients.forEach((id, langs) -> repository.recipient(id).ifPresent(r -> judge(r, langs,
                t -> Texts.pathOf(r, "recipients[" + id + "]", t) + " in the recipients file", Optional.empty(), guess,
                report)));
    }

    /**
     * Reports each text of {@code owner} whose value under a declared language reads as another one;
     * copies are language.text.copied's. Plain loops, with one lambda per owner and none per text or
     * language: in the quick compiler each lambda is an allocation through the VM, and a check of 1,000
     * notices reads some 20,000 texts.
     *
     * @param path the YAML path of a text, built only for a text that is reported
     */
    private static void judge(Object owner, Collection<Language> declared, Function<LocalizedText, String> path,
            Optional<String> notice, LanguageGuess.Memo guess, Report report) {
        for (LocalizedText t : Texts.in(owner)) {
            if (t.uniform()) {
                continue;
            }
            for (Language l : declared) {
                String value = t.get(l);
                if (value.isEmpty() || copied(t, l, declared)) {
                    continue;
                }
                Optional<Language> other = guess.other(value, l);
                if (other.isPresent()) {
                    report.add(notice, t.positionOf(l), message(l, other.get(), path.apply(t)));
                }
            }
        }
    }

    private static String message(Language l, Language other, String path) {
        return "The " + l.code() + " text of " + path + " reads as " + LanguageGuess.name(other) + "; write it in "
                + LanguageGuess.name(l) + ", or move it under '" + other.code() + ":'.";
    }

    private static boolean copied(LocalizedText text, Language l, Collection<Language> declared) {
        String own = text.get(l).strip();
        for (Language k : declared) {
            if (k != l && text.get(k).strip().equals(own)) {
                return true;
            }
        }
        return false;
    }
}
