package seloste.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import seloste.model.Confirmation;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Repository;

/**
 * Which translations may be out of date: for a text whose translations were confirmed, the languages
 * whose text is unchanged since while another language's text has changed. A text with no confirmation
 * has nothing to compare with; a language added or removed since is not a change of the others' source.
 */
public final class Staleness {

    private Staleness() {
    }

    /**
     * One language's text that may no longer translate the others.
     *
     * @param language the language whose text did not change
     * @param changed the languages whose text did
     */
    public record Stale(TextField field, Language language, List<Language> changed) {

        public Stale {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(language, "language");
            changed = List.copyOf(changed);
        }
    }

    public static List<Stale> of(Repository repository) {
        if (repository.confirmations().isEmpty()) {
            return List.of();
        }
        Map<String, Confirmation> confirmed = new HashMap<>();
        repository.confirmations().forEach(c -> confirmed.putIfAbsent(c.key(), c));
        List<Stale> out = new ArrayList<>();
        for (TextField f : TextFields.of(repository)) {
            Confirmation c = confirmed.get(f.key());
            if (c != null) {
                out.addAll(of(f, c));
            }
        }
        return List.copyOf(out);
    }

    static List<Stale> of(TextField field, Confirmation confirmation) {
        LocalizedText text = field.text();
        List<Language> compared = new ArrayList<>();
        List<Language> changed = new ArrayList<>();
        for (Language l : Language.values()) {
            String then = confirmation.fingerprints().get(l);
            if (then != null && text.in(l).isPresent()) {
                compared.add(l);
                if (!then.equals(Fingerprint.of(text.get(l)))) {
                    changed.add(l);
                }
            }
        }
        if (changed.isEmpty() || changed.size() == compared.size()) {
            return List.of();
        }
        return compared.stream().filter(l -> !changed.contains(l)).map(l -> new Stale(field, l, changed)).toList();
    }
}
