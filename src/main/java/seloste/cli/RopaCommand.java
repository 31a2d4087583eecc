package seloste.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import seloste.Compiler;
import seloste.RecordExport;
import seloste.RecordExport.Result;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.model.Language;
import seloste.ropa.Gap;

/** {@code seloste ropa}: writes the controller's record of processing activities (GDPR Art. 30(1)). */
@Command(name = "ropa", mixinStandardHelpOptions = true,
        description = {"Writes the controller's record of processing activities (GDPR Art. 30(1)) from the "
                + "notices: one row per purpose, as CSV or as an OpenDocument spreadsheet (.ods).",
                "Checks first: the record is written only when no error concerns the controller's notices. "
                        + "Then lists what Art. 30 asks for that the sources do not give."})
final class RopaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Source files or folders (default: notices).")
    List<Path> paths = List.of(Path.of("notices"));

    @Option(names = "--controller", paramLabel = "ID",
            description = "The controller whose record to write (default: the only one in the sources).")
    String controller;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fi",
            description = "Language of the record: fi, sv or en (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "The file to write; its extension chooses the format: .csv or .ods.")
    Path out;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings file with per-rule severities (default: " + Compiler.SETTINGS_FILE
                    + " if present).")
    Path settings;

    @Override
    public Integer call() {
        Language lang = Language.fromCode(language.strip()).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Unknown language '" + language + "'; languages are fi, sv and en."));
        Result result = new RecordExport(Path.of(""), Optional.ofNullable(settings))
                .export(paths, Optional.ofNullable(controller), lang, out);
        PrintWriter err = spec.commandLine().getErr();
        FindingPrinter printer = new FindingPrinter(Ansi.AUTO);
        if (result.refused().isPresent()) {
            err.println("seloste ropa: " + result.refused().get());
            return ExitCodes.USAGE;
        }
        List<Finding> errors = result.report().findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        printer.print(err, errors);
        if (!errors.isEmpty()) {
            err.println();
            err.println(printer.summary(result.report()));
        }
        if (result.report().unreadable()) {
            return ExitCodes.USAGE;
        }
        if (result.failure().isPresent()) {
            err.println("The record was not written: " + result.failure().get());
            return ExitCodes.FAILURE;
        }
        if (!result.written()) {
            err.println("The record was not written: errors concern "
                    + (result.withheld().isEmpty() ? "the controller" : "the notices " + String.join(", ",
                            result.withheld())) + ".");
            return ExitCodes.FINDINGS;
        }
        List<Gap> gaps = result.record().orElseThrow().gaps();
        if (!gaps.isEmpty()) {
            err.println();
            err.println("What GDPR Art. 30(1) asks for that the sources do not give (the cells are left empty):");
            gaps.forEach(g -> err.println(g.toString()));
        }
        spec.commandLine().getOut().println("Wrote the record of processing activities ("
                + FindingPrinter.plural(result.record().get().rows().size(), "purpose") + ", "
                + lang.code() + ") to " + out + ".");
        return ExitCodes.OK;
    }
}
