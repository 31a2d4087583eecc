package seloste.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import seloste.check.rules.Rules;
import seloste.model.Repository;
import seloste.model.Waiver;

/**
 * Runs every registered rule over a repository, applies the repository's policy and the waivers
 * written in its sources, and returns the findings in reading order.
 */
public final class Checker {

    static final RuleInfo WAIVER_UNUSED = new RuleInfo("waiver.unused", Severity.WARNING,
            "seloste source format (docs/source-format.md)", "A waiver waives nothing: no finding of its rule "
                    + "lies in the part of the file it covers, or no rule has its id.",
            "Remove the waiver, or move it into the mapping whose finding it waives.");

    private final List<Rule> rules;

    public Checker() {
        this(Rules.all());
    }

    Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every rule the user can meet, the loader's input rules first, in listing order. */
    public List<RuleInfo> catalogue() {
        List<RuleInfo> all = new ArrayList<>(InputRules.ALL);
        all.add(WAIVER_UNUSED);
        rules.forEach(r -> all.add(r.info()));
        return List.copyOf(all);
    }

    public List<Finding> check(Repository repository) {
        return check(repository, Policy.defaults());
    }

    public List<Finding> check(Repository repository, Policy policy) {
        List<Finding> out = new ArrayList<>();
        Set<Waiver> used = new HashSet<>();
        // the findings are taken in rule order and sorted, so the result does not depend on threads
        List<List<Finding>> found = Rules.run(rules, repository);
        for (List<Finding> ofRule : found) {
            for (Finding f : ofRule) {
                Optional<Waiver> waiver = repository.waivers().stream()
                        .filter(w -> w.rule().equals(f.ruleId()) && w.covers(f.at())).findFirst();
                waiver.ifPresentOrElse(used::add, () -> policy.apply(f).ifPresent(out::add));
            }
        }
        for (Waiver w : repository.waivers()) {
            if (!used.contains(w)) {
                String why = catalogue().stream().anyMatch(i -> i.id().equals(w.rule()))
                        ? "This waiver of '" + w.rule() + "' waives nothing here; remove it."
                        : "No rule has the id '" + w.rule() + "'; 'seloste rules' lists them.";
                policy.apply(new Finding(WAIVER_UNUSED.id(), WAIVER_UNUSED.severity(), why, w.at(), Optional.empty()))
                        .ifPresent(out::add);
            }
        }
        return out.stream().distinct().sorted(Finding.ORDER).toList();
    }
}
