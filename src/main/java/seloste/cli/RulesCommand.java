package seloste.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import seloste.check.Checker;
import seloste.check.RuleInfo;

/** {@code seloste rules}: the rule catalogue, one line per rule. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule with its severity and article.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleInfo> catalogue = new Checker().catalogue();
        int width = catalogue.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleInfo r : catalogue) {
            out.printf("%-" + width + "s  %-7s  %s (%s)%n", r.id(), r.severity().label(), r.summary(), r.article());
        }
        return ExitCodes.OK;
    }
}
