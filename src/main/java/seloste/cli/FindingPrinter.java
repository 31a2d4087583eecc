package seloste.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Help.Ansi;
import seloste.Report;
import seloste.check.Finding;
import seloste.check.Severity;

/** Prints findings for people: one line each, grouped per file, then a summary; colour on a terminal only. */
final class FindingPrinter {

    private final Ansi ansi;

    FindingPrinter(Ansi ansi) {
        this.ansi = ansi;
    }

    void print(PrintWriter w, List<Finding> findings) {
        String file = null;
        for (Finding f : findings) {
            if (file != null && !file.equals(f.at().file())) {
                w.println();
            }
            file = f.at().file();
            w.println(f.at() + ": " + ansi.string(colour(f.severity())) + " [" + f.ruleId() + "] " + f.message());
        }
    }

    String summary(Report report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        long files = report.findings().stream().map(f -> f.at().file()).distinct().count();
        int read = report.loaded().files().size();
        if (errors + warnings + infos == 0) {
            return "No problems in " + plural(read, "file") + ".";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "note")
                + " in " + files + " of " + plural(read, "file") + ".";
    }

    private static String colour(Severity s) {
        return switch (s) {
            case ERROR -> "@|bold,red error|@";
            case WARNING -> "@|bold,yellow warning|@";
            case INFO -> "@|cyan info|@";
        };
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
