package seloste.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import seloste.check.Checker;
import seloste.check.RuleInfo;

/** {@code seloste explain RULE}: what a rule checks, why, and how to fix what it finds. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explains one rule.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as printed in brackets by check.")
    String id;

    @Override
    public Integer call() {
        Optional<RuleInfo> rule = new Checker().catalogue().stream().filter(r -> r.id().equals(id)).findFirst();
        if (rule.isEmpty()) {
            spec.commandLine().getErr().println("No rule has the id '" + id + "'; 'seloste rules' lists them.");
            return ExitCodes.USAGE;
        }
        RuleInfo r = rule.get();
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.id() + " (" + r.severity().label() + ")");
        out.println();
        out.println("What it finds: " + r.summary());
        out.println("Why:           " + r.article());
        out.println("How to fix:    " + r.fix());
        return ExitCodes.OK;
    }
}
