package seloste.check.rules;

import java.util.Map;
import java.util.Optional;
import seloste.check.Severity;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Repository;

/** WP260: qualifiers such as "may", "some" or "often" leave the reader unsure what is actually done. */
final class WordingVagueRule extends TextRule {

    private static final Map<Language, Phrase> QUALIFIERS = Map.of(
            Language.EN, Phrase.words("(?<!you )may", "might", "some", "often", "possibly"),
            Language.FI, Phrase.words("saatta\\p{L}*", "saatamme", "joitakin", "joitain", "joistakin", "joillekin",
                    "usein", "mahdollisesti"),
            Language.SV, Phrase.words("kan komma att", "kanske", "vissa", "ofta", "eventuellt"));

    WordingVagueRule() {
        super("wording.vague", Severity.WARNING, "GDPR Art. 12(1); WP260 rev.01",
                "A text uses a vague qualifier such as 'may', 'some' or 'often'.",
                "Say what is actually done and when, e.g. 'we use your e-mail address to send order confirmations' "
                        + "instead of 'we may use your data'.");
    }

    @Override
    void check(Reading reading, Repository repository, Report report) {
        for (LocalizedText text : reading.texts()) {
            for (Language l : Wording.languagesOf(text)) {
                // not ifPresent: its lambda would be made for every text, found or not
                Optional<String> found = Wording.find(QUALIFIERS.get(l), reading, text, l);
                if (found.isPresent()) {
                    report.add(text.positionOf(l), "The " + l.code() + " text uses the vague '" + found.get()
                            + "'; say what is actually done instead.");
                }
            }
        }
    }
}
