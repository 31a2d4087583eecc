package seloste.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: a list of subcommands. */
@Command(name = "seloste", mixinStandardHelpOptions = true, versionProvider = SelosteCommand.Version.class,
        description = "Compiles privacy notices written in YAML into checked HTML, Markdown and PDF "
                + "in Finnish, Swedish and English.",
        subcommands = {BuildCommand.class, CheckCommand.class, RulesCommand.class, ExplainCommand.class,
                ConfirmCommand.class, RopaCommand.class, InitCommand.class, PreviewCommand.class, DiffCommand.class,
                AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit codes: 0 ok, 1 findings or a withheld notice, 2 usage or unreadable input, "
                + "3 internal or output failure."})
final class SelosteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"seloste " + number()};
        }

        /** The version from the jar's manifest, or {@code dev} when running from compiled classes. */
        String number() {
            String v = SelosteCommand.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }
    }
}
