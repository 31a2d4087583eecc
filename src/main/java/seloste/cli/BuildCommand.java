package seloste.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import seloste.BuildRequest;
import seloste.BuildResult;
import seloste.Compiler;
import seloste.OutputCheck;
import seloste.OutputFormat;
import seloste.model.Language;

/** {@code seloste build}: checks, then renders every notice without errors into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Checks the notices, then writes every notice without errors as HTML, Markdown and PDF "
                + "to OUT/<lang>/<notice>.<ext>, an embeddable OUT/<lang>/<notice>.fragment.html, a list of the "
                + "notices in each language (OUT/<lang>/index.html) and a front page (OUT/index.html).",
                "The output folder is replaced whole, or not at all: a failed build leaves it as it was.",
                "With --check, nothing is written: the command tells whether OUT holds exactly what a build "
                        + "would write, and exits with 1 when it does not."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SelosteCommand top;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Source files or folders (default: notices).")
    List<Path> paths = List.of(Path.of("notices"));

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates and phrase catalogue; the bundled ones are used if DIR does not exist "
                    + "(default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--lang", split = ",", paramLabel = "LANG",
            description = "Languages to build: fi, sv, en (default: every language a notice declares).")
    List<String> languages = List.of();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Formats to write: html, md, pdf (default: all).")
    List<String> formats = List.of("html", "md", "pdf");

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings file with per-rule severities (default: " + Compiler.SETTINGS_FILE + " if present).")
    Path settings;

    @Option(names = "--check",
            description = "Write nothing; exit with 1 and list the files that differ, are missing or are extra "
                    + "when OUT is not what a build would write (for repositories that commit their output).")
    boolean check;

    @Override
    public Integer call() {
        BuildRequest request = new BuildRequest(paths, out, templates, languages(), formats(), sourceDateEpoch());
        Compiler compiler = new Compiler(top.invocation().base(), Optional.ofNullable(settings));
        BuildResult result = check ? compiler.compare(request) : compiler.build(request);
        PrintWriter err = spec.commandLine().getErr();
        FindingPrinter printer = new FindingPrinter(top.invocation().ansi());
        printer.print(err, result.report().findings());
        if (!result.report().findings().isEmpty()) {
            err.println();
        }
        err.println(printer.summary(result.report()));
        if (result.report().unreadable()) {
            return ExitCodes.USAGE;
        }
        if (result.failure().isPresent()) {
            err.println(check ? "Could not check " + out + ": " + result.failure().get()
                    : "Nothing was written; " + out + " is as it was: " + result.failure().get());
            return ExitCodes.FAILURE;
        }
        PrintWriter w = spec.commandLine().getOut();
        if (result.check().isPresent()) {
            return checked(result, result.check().get(), w);
        }
        if (result.unchanged()) {
            w.println("Nothing has changed since the last build: " + out + " holds its "
                    + FindingPrinter.plural(result.files().size(), "file") + " for "
                    + FindingPrinter.plural(result.published().size(), "notice") + ".");
        } else {
            w.println("Wrote " + FindingPrinter.plural(result.files().size(), "file") + " for "
                    + FindingPrinter.plural(result.published().size(), "notice") + " to " + out + ".");
        }
        if (!result.withheld().isEmpty()) {
            w.println("Not published because of errors: " + String.join(", ", result.withheld()) + ".");
        }
        return result.report().anyAtLeast(seloste.check.Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Reports {@code --check}: 0 when OUT is up to date and no notice has errors, else 1. */
    private int checked(BuildResult result, OutputCheck check, PrintWriter w) {
        if (check.upToDate()) {
            w.println(out + " is up to date: " + FindingPrinter.plural(result.files().size(), "file") + " for "
                    + FindingPrinter.plural(result.published().size(), "notice") + ".");
        } else {
            w.println(out + " is not what a build would write:");
            check.changed().forEach(f -> w.println("  changed  " + f));
            check.missing().forEach(f -> w.println("  missing  " + f));
            check.extra().forEach(f -> w.println("  extra    " + f));
            w.println("Run 'seloste build' to update it.");
        }
        if (!result.withheld().isEmpty()) {
            w.println("Not published because of errors: " + String.join(", ", result.withheld()) + ".");
        }
        return check.upToDate() && !result.report().anyAtLeast(seloste.check.Severity.ERROR)
                ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private Set<Language> languages() {
        return OutputOptions.languages(spec, languages);
    }

    private Set<OutputFormat> formats() {
        return OutputOptions.formats(spec, formats);
    }

    /** SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the date written into PDFs. */
    private Optional<Instant> sourceDateEpoch() {
        String v = System.getenv("SOURCE_DATE_EPOCH");
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(v.strip())));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "SOURCE_DATE_EPOCH must be a number of seconds; found '"
                    + v + "'.");
        }
    }
}
