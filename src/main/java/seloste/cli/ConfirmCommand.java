package seloste.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import seloste.TranslationLocks;
import seloste.TranslationLocks.Result;
import seloste.TranslationLocks.Selection;
import seloste.load.Problem;

/** {@code seloste confirm}: records that the translations of some texts were reviewed. */
@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = {"Records that translations were reviewed: writes the fingerprint of each language's text "
                + "to translations.lock beside the sources.",
                "'seloste check' then warns (language.translation.stale) when a text changes in one language "
                        + "but not in another. Without options, every translated text is confirmed."})
final class ConfirmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Source files or folders (default: notices).")
    List<Path> paths = List.of(Path.of("notices"));

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Owner owner;

    @Option(names = "--field", paramLabel = "PATH",
            description = "Confirm only this text of the owner, e.g. purposes[orders].description, as a warning "
                    + "names it.")
    String field;

    /** Whose texts to confirm. */
    static final class Owner {
        @Option(names = "--notice", paramLabel = "ID", required = true,
                description = "Confirm the texts of this notice.")
        String notice;

        @Option(names = "--controller", paramLabel = "ID", required = true,
                description = "Confirm the texts of this controller.")
        String controller;

        @Option(names = "--recipient", paramLabel = "ID", required = true,
                description = "Confirm the texts of this recipient.")
        String recipient;

        Selection selection(Optional<String> field) {
            if (notice != null) {
                return new Selection(Optional.of("notice"), Optional.of(notice), field);
            }
            if (controller != null) {
                return new Selection(Optional.of("controller"), Optional.of(controller), field);
            }
            return new Selection(Optional.of("recipient"), Optional.of(recipient), field);
        }
    }

    @Override
    public Integer call() {
        // a path copied with the quotes of a warning's suggested command, through a shell that keeps them
        Optional<String> f = Optional.ofNullable(field).map(p -> p.strip().replaceAll("^['\"]|['\"]$", ""));
        Selection selection = owner == null ? new Selection(Optional.empty(), Optional.empty(), f) : owner.selection(f);
        PrintWriter err = spec.commandLine().getErr();
        Result result;
        try {
            result = new TranslationLocks(Path.of("")).confirm(paths, selection);
        } catch (IOException e) {
            err.println("Nothing was confirmed; the lock file could not be written: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (!result.problems().isEmpty()) {
            result.problems().stream().map(Problem::toString).forEach(err::println);
            err.println();
            err.println("Nothing was confirmed: fix the " + FindingPrinter.plural(result.problems().size(), "error")
                    + " first.");
            return result.unreadable() ? ExitCodes.USAGE : ExitCodes.FINDINGS;
        }
        if (result.refused().isPresent()) {
            err.println("seloste confirm: " + result.refused().get());
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.files().isEmpty()) {
            out.println("No translated texts to confirm.");
            return ExitCodes.OK;
        }
        out.println("Confirmed " + FindingPrinter.plural(result.confirmed(), "translated text") + " in "
                + String.join(", ", result.files()) + (result.cleared() == 0 ? "."
                : "; " + result.cleared() + " of them had a translation reported as possibly out of date."));
        return ExitCodes.OK;
    }
}
