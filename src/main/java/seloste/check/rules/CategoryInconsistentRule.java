package seloste.check.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import seloste.check.Severity;
import seloste.model.DataCategory;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;

/** One controller's notices should describe the same data category the same way. */
final class CategoryInconsistentRule extends RepositoryRule {

    CategoryInconsistentRule() {
        super("data-category.inconsistent", Severity.WARNING, "GDPR Art. 12(1), 14(1)(d)",
                "Two notices of one controller give the same data category id a different kind or name.",
                "Make the category the same in every notice, or give the different categories different ids.");
    }

    @Override
    void check(Repository repository, Report report) {
        Map<String, Seen> seen = new HashMap<>();
        for (Notice n : repository.notices()) {
            for (DataCategory c : n.categories()) {
                Seen first = seen.putIfAbsent(n.controller() + "/" + c.id(), new Seen(n, c));
                if (first == null || first.notice().id().equals(n.id())) {
                    continue;
                }
                if (first.category().kind() != c.kind() || !first.category().special().equals(c.special())) {
                    report.add(Optional.of(n.id()), c.origin().of("kind"), "Data category '" + c.id() + "' is of kind "
                            + c.kind().keyword() + " here but " + first.category().kind().keyword() + " in notice '"
                            + first.notice().id() + "'; describe it the same way in both.");
                } else {
                    differentName(first, n, c, report);
                }
            }
        }
    }

    private static void differentName(Seen first, Notice n, DataCategory c, Report report) {
        for (Language l : Language.values()) {
            Optional<String> a = first.category().name().in(l);
            Optional<String> b = c.name().in(l);
            if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
                report.add(Optional.of(n.id()), c.name().positionOf(l), "Data category '" + c.id() + "' is called '"
                        + b.get() + "' here but '" + a.get() + "' in notice '" + first.notice().id()
                        + "'; use one name, or different ids for different categories.");
                return;
            }
        }
    }

    private record Seen(Notice notice, DataCategory category) {
    }
}
