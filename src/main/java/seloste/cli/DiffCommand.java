package seloste.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.diff.ChangeText;
import seloste.diff.Differ;
import seloste.diff.MaterialChange;
import seloste.diff.NoticeDiff;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.model.Language;
import seloste.model.Notice;

/** {@code seloste diff REV}: the material changes to the notices since a git revision. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the material changes to the notices since a git revision.",
                "Per notice: new or removed purposes, changed legal bases, new data categories, recipients and "
                        + "transfers, changed retention; the list a controller weighs when deciding whether data "
                        + "subjects must be informed.",
                "A notice that changed materially but kept its version or effective date is reported as "
                        + "'error [notice.version.unchanged]'."},
        footer = {"", "Exit codes: 0 no material change, 1 material changes (with --fail-on unversioned: a "
                + "changed notice that kept its version or date), 2 usage error, unknown revision or sources that "
                + "do not load."})
final class DiffCommand implements Callable<Integer> {

    static final String VERSION_RULE = "notice.version.unchanged";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REV", description = "The git revision to compare with, e.g. HEAD~1, "
            + "main or a tag of the published version.")
    String revision;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Source files or folders "
            + "(default: notices).")
    List<Path> paths = List.of(Path.of("notices"));

    @Option(names = "-C", paramLabel = "DIR", defaultValue = ".",
            description = "Run as if started in DIR, as git -C does (default: the current folder).")
    Path directory;

    @Option(names = "--fail-on", paramLabel = "WHAT", defaultValue = "change",
            description = "Exit with 1 on any material change (change), or only when a changed notice kept its "
                    + "version or effective date (unversioned), as CI wants it (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the list: fi, sv or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
        Language language = Language.fromCode(lang).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown language '" + lang + "'; languages are fi, sv and en."));
        if (!failOn.equals("change") && !failOn.equals("unversioned")) {
            throw new ParameterException(spec.commandLine(), "--fail-on is change or unversioned; found '" + failOn
                    + "'.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FindingPrinter printer = new FindingPrinter(Ansi.AUTO);
        Path here = directory.toAbsolutePath().normalize();
        LoadResult now = new Loader(here).load(paths);
        if (!now.problems().isEmpty()) {
            printer.print(err, now.problems().stream().map(p -> new Finding(p.ruleId(), Severity.ERROR, p.message(),
                    p.at(), Optional.empty())).toList());
            err.println("The sources do not load; fix these first ('seloste check' explains them).");
            return ExitCodes.USAGE;
        }
        LoadResult then;
        try {
            Map<String, byte[]> files = new GitRevision(here, revision).files(paths);
            then = new Loader(here).load(files);
        } catch (GitRevision.GitException e) {
            err.println("seloste diff: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        then.problems().forEach(p -> err.println("note: at " + revision + ", " + p));
        List<NoticeDiff> diffs = Differ.compare(then.repository(), now.repository());
        ChangeText text = new ChangeText(language);
        List<Finding> findings = new ArrayList<>();
        for (NoticeDiff d : diffs) {
            out.println(text.heading(d));
            for (MaterialChange c : d.changes()) {
                out.println("  " + text.line(c));
            }
            out.println();
            if (d.versionUnchanged()) {
                findings.add(versionFinding(d.before().orElseThrow(), d.after().orElseThrow()));
            }
        }
        printer.print(out, findings);
        if (!findings.isEmpty()) {
            out.println();
        }
        Set<String> notices = new TreeSet<>();
        then.repository().notices().forEach(n -> notices.add(n.id()));
        now.repository().notices().forEach(n -> notices.add(n.id()));
        out.println(text.summary(diffs, notices.size(), revision));
        boolean fail = failOn.equals("change") ? !diffs.isEmpty() : !findings.isEmpty();
        return fail ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private Finding versionFinding(Notice before, Notice after) {
        boolean sameVersion = before.version().equals(after.version());
        boolean sameDate = before.effective().equals(after.effective());
        String kept = sameVersion && sameDate ? "version " + after.version() + " and effective date "
                + after.effective() : sameVersion ? "version " + after.version() : "effective date " + after.effective();
        return new Finding(VERSION_RULE, Severity.ERROR, "Notice '" + after.id() + "' changed materially since "
                + revision + " but keeps " + kept + "; raise 'version:', set 'effective:' to the date the change "
                + "applies and add an entry to 'changes:'.", after.origin().of(sameVersion ? "version" : "effective"),
                Optional.of(after.id()));
    }
}
