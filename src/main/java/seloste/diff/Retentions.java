package seloste.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import seloste.model.Keyword;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Retention;

/**
 * Retention rules compared by what they cover (the same categories and purposes): a new rule, a
 * removed rule, or a different period, starting event or criteria is a change.
 */
final class Retentions {

    private Retentions() {
    }

    static void compare(Notice before, Notice after, List<MaterialChange> out) {
        Map<String, Retention> old = keyed(before.retention());
        Map<String, Retention> now = keyed(after.retention());
        now.forEach((key, r) -> {
            Retention was = old.get(key);
            if (was == null || !same(was, r)) {
                out.add(new MaterialChange(ChangeKind.RETENTION_CHANGED, key, covered(after, r),
                        Optional.ofNullable(was).map(Retentions::term), Optional.of(term(r)), r.origin().at()));
            }
        });
        old.forEach((key, r) -> {
            if (!now.containsKey(key)) {
                out.add(new MaterialChange(ChangeKind.RETENTION_CHANGED, key, covered(before, r),
                        Optional.of(term(r)), Optional.empty(), after.origin().of("retention")));
            }
        });
    }

    /**
     * Rules by what they cover (their categories and purposes); several rules that cover the same are
     * told apart by their order ({@code #2}, {@code #3}).
     */
    private static Map<String, Retention> keyed(List<Retention> rules) {
        Map<String, Retention> out = new LinkedHashMap<>();
        for (Retention r : rules) {
            String key = String.join(",", r.data().stream().sorted().toList()) + "|"
                    + String.join(",", r.purposes().stream().sorted().toList());
            String unique = key;
            for (int n = 2; out.containsKey(unique); n++) {
                unique = key + "#" + n;
            }
            out.put(unique, r);
        }
        return out;
    }

    private static boolean same(Retention a, Retention b) {
        return a.period().equals(b.period()) && a.from().equals(b.from())
                && values(a.fromText()).equals(values(b.fromText()))
                && values(a.criteria()).equals(values(b.criteria()));
    }

    private static Object values(Optional<LocalizedText> t) {
        return t.map(LocalizedText::values).orElse(Map.of());
    }

    private static Term term(Retention r) {
        return new Term(r.from().map(Keyword::keyword), r.period(), r.period().isPresent() ? r.fromText()
                : r.criteria().or(r::fromText));
    }

    /** The names of the categories, then the purposes, the rule covers, as the notice gives them. */
    private static LocalizedText covered(Notice n, Retention r) {
        List<LocalizedText> names = new ArrayList<>();
        r.data().forEach(id -> names.add(n.category(id).map(c -> c.name()).orElseGet(() -> uniform(id, r))));
        r.purposes().forEach(id -> names.add(n.purpose(id).map(p -> p.name()).orElseGet(() -> uniform(id, r))));
        return Names.joined(names, r.origin().at());
    }

    private static LocalizedText uniform(String id, Retention r) {
        return LocalizedText.uniform(id, r.origin().at());
    }
}
