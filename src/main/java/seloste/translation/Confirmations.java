package seloste.translation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import seloste.model.Confirmation;
import seloste.model.Language;
import seloste.model.SourcePosition;

/** What one lock file holds after a review is confirmed. */
public final class Confirmations {

    private Confirmations() {
    }

    /**
     * The lock after confirming some texts: their lines hold the fingerprints of the texts as they are
     * now; lines of owners that were loaded but that no longer have that text in this folder are dropped;
     * lines of owners that were not loaded are kept as they were.
     *
     * @param lock the lock file's lines as read
     * @param loadedOwners {@code kind id} of every notice, controller and recipient loaded
     * @param here the texts of the owners whose sources are in the lock file's folder
     * @param chosen which of {@code here} to confirm
     * @param label the lock file as the user names it
     */
    public static List<Confirmation> update(List<Confirmation> lock, Set<String> loadedOwners, List<TextField> here,
            Predicate<TextField> chosen, String label) {
        Set<String> present = here.stream().map(TextField::key).collect(Collectors.toSet());
        Map<String, Confirmation> out = new TreeMap<>();
        for (Confirmation c : lock) {
            if (!loadedOwners.contains(c.kind() + " " + c.id()) || present.contains(c.key())) {
                out.putIfAbsent(c.key(), c);
            }
        }
        for (TextField f : here) {
            if (chosen.test(f)) {
                out.put(f.key(), of(f, SourcePosition.wholeFile(label)));
            }
        }
        return List.copyOf(out.values());
    }

    /** The confirmation of a text as it is now. */
    static Confirmation of(TextField f, SourcePosition at) {
        Map<Language, String> prints = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            f.text().in(l).ifPresent(t -> prints.put(l, Fingerprint.of(t)));
        }
        return new Confirmation(f.kind(), f.id(), f.path(), prints, at);
    }
}
