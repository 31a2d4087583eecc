package seloste.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import seloste.Compiler;
import seloste.Report;
import seloste.check.Severity;
import seloste.report.ReportFormat;
import seloste.report.Reports;

/** {@code seloste check}: loads and checks, prints findings, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the notices against the GDPR and Finnish law and prints what it finds.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SelosteCommand top;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Source files or folders (default: notices).")
    List<Path> paths = List.of(Path.of("notices"));

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit with 1 when anything at or above this severity is found: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print findings: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings file with per-rule severities (default: " + Compiler.SETTINGS_FILE + " if present).")
    Path settings;

    @Override
    public Integer call() {
        Compiler compiler = new Compiler(top.invocation().base(), Optional.ofNullable(settings));
        Report report = compiler.check(paths);
        PrintWriter out = spec.commandLine().getOut();
        String version = new SelosteCommand.Version().number();
        switch (format) {
            case JSON -> out.print(Reports.json(report.findings(), version));
            case SARIF -> out.print(Reports.sarif(report.findings(), compiler.checker().catalogue(), version));
            case GITHUB -> out.print(Reports.github(report.findings()));
            case TEXT -> {
                FindingPrinter printer = new FindingPrinter(top.invocation().ansi());
                printer.print(out, report.findings());
                if (!report.findings().isEmpty()) {
                    out.println();
                }
                out.println(printer.summary(report));
            }
        }
        if (report.unreadable()) {
            return ExitCodes.USAGE;
        }
        return report.anyAtLeast(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
