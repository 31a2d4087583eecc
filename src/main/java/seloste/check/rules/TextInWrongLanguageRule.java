package seloste.check.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
        eachNotice(repository, (n, found) -> {
            Optional<String> notice = Optional.of(n.id());
            for (LocalizedText t : Texts.in(n)) {
                for (Language l : n.languages()) {
                    Optional<Language> other = misread(t, l, n.languages(), guess);
                    if (other.isPresent()) {
                        found.add(notice, t.positionOf(l), message(l, other.get(), Texts.pathOf(n, "", t)));
                    }
                }
            }
        }, report);
        for (Notice n : repository.notices()) {
            controllers.computeIfAbsent(n.controller(), k -> EnumSet.noneOf(Language.class)).addAll(n.languages());
            n.recipients().forEach(d -> recipients.computeIfAbsent(d.recipient(), k -> EnumSet.noneOf(Language.class))
                    .addAll(n.languages()));
            n.transfers().forEach(t -> recipients.computeIfAbsent(t.recipient(), k -> EnumSet.noneOf(Language.class))
                    .addAll(n.languages()));
        }
        controllers.forEach((id, langs) -> repository.controller(id).ifPresent(c -> {
            for (LocalizedText t : Texts.in(c)) {
                for (Language l : langs) {
                    Optional<Language> other = misread(t, l, langs, guess);
                    if (other.isPresent()) {
                        report.add(Optional.empty(), t.positionOf(l),
                                message(l, other.get(), Texts.pathOf(c, "", t) + " in controller '" + id + "'"));
                    }
                }
            }
        }));
        recipients.forEach((id, langs) -> repository.recipient(id).ifPresent(r -> {
            for (LocalizedText t : Texts.in(r)) {
                for (Language l : langs) {
                    Optional<Language> other = misread(t, l, langs, guess);
                    if (other.isPresent()) {
                        report.add(Optional.empty(), t.positionOf(l), message(l, other.get(),
                                Texts.pathOf(r, "recipients[" + id + "]", t) + " in the recipients file"));
                    }
                }
            }
        }));
    }

    /**
     * The language the {@code l} text of {@code text} reads as when that is another one; copies are
     * language.text.copied's. Called in plain loops, without a lambda per text or language: each is an
     * allocation through the VM in the quick compiler, and a check of 1,000 notices reads some 20,000 texts.
     */
    private static Optional<Language> misread(LocalizedText text, Language l, Collection<Language> declared,
            LanguageGuess.Memo guess) {
        String value = text.get(l);
        if (text.uniform() || value.isEmpty() || copied(text, l, declared)) {
            return Optional.empty();
        }
        return guess.other(value, l);
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
