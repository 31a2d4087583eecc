package seloste.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
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

    /** The subcommand that prints the completion script, which needs the whole tree. */
    private static final String COMPLETION = "generate-completion";

    @Spec
    CommandSpec spec;

    private final Invocation invocation;

    SelosteCommand() {
        this(Invocation.here());
    }

    private SelosteCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    /** Where this run takes place: its subcommands read their working folder and colours from here. */
    Invocation invocation() {
        return invocation;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /**
     * The command line for {@code args}. When they start with a subcommand's name, the top level holds only that
     * subcommand: picocli reads the options of every command it is given, on every run, and reading the nine
     * that will not run took tens of milliseconds. Help, the version, completion and mistakes get the whole tree.
     * The commands run where {@code invocation} says.
     */
    static CommandLine commandLine(Invocation invocation, String... args) {
        if (args.length > 0) {
            for (Class<?> sub : SelosteCommand.class.getAnnotation(Command.class).subcommands()) {
                Command c = sub.getAnnotation(Command.class);
                if (c.name().equals(args[0]) && !c.name().equals(COMPLETION)) {
                    CommandLine top = new CommandLine(CommandSpec.wrapWithoutInspection(new SelosteCommand(invocation))
                            .name(SelosteCommand.class.getAnnotation(Command.class).name()));
                    return top.addSubcommand(create(sub));
                }
            }
        }
        return new CommandLine(new SelosteCommand(invocation));
    }

    private static Object create(Class<?> command) {
        try {
            return CommandLine.defaultFactory().create(command);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the command " + command.getName(), e);
        }
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
