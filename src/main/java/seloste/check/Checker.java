package seloste.check;

import java.util.ArrayList;
import java.util.List;
import seloste.check.rules.Rules;
import seloste.model.Repository;

/** Runs every registered rule over a repository and returns the findings in reading order. */
public final class Checker {

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
        rules.forEach(r -> all.add(r.info()));
        return List.copyOf(all);
    }

    public List<Finding> check(Repository repository) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            out.addAll(r.check(repository));
        }
        return out.stream().distinct().sorted(Finding.ORDER).toList();
    }
}
