package seloste;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import seloste.check.Severity;
import seloste.model.Controller;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.ropa.Csv;
import seloste.ropa.Ods;
import seloste.ropa.ProcessingRecord;
import seloste.ropa.RecordOfProcessing;
import seloste.write.AtomicFile;

/**
 * Writes a controller's record of processing activities (GDPR Art. 30(1)) from the same sources as its
 * notices. Like a notice, the record is written only from sources without errors about it.
 */
public final class RecordExport {

    /** The formats a record can be written in, by file extension. */
    public static final List<String> EXTENSIONS = List.of("csv", "ods");

    private final Path base;
    private final Compiler compiler;

    /**
     * @param base the working folder: paths are resolved and file names shown relative to it
     * @param settings the settings file, as for {@link Compiler}
     */
    public RecordExport(Path base, Optional<Path> settings) {
        this.base = base;
        this.compiler = new Compiler(base, settings);
    }

    /**
     * What an export did.
     *
     * @param refused a usage problem: no such controller, several to choose from, an unknown extension
     * @param withheld the controller's notices with errors, which stop the record from being written
     * @param record the record, when it was made
     * @param written true when the file was written
     * @param failure why the file could not be written
     */
    public record Result(Report report, Optional<String> refused, List<String> withheld,
            Optional<ProcessingRecord> record, boolean written, Optional<String> failure) {

        public Result {
            withheld = List.copyOf(withheld);
        }
    }

    public Result export(List<Path> sources, Optional<String> controller, Language language, Path out) {
        Report report = compiler.check(sources);
        String extension = extension(out);
        if (!EXTENSIONS.contains(extension)) {
            return refused(report, "The record is written as CSV or as an OpenDocument spreadsheet: end the file "
                    + "name with .csv or .ods, not '" + out.getFileName() + "'.");
        }
        if (report.unreadable()) {
            return new Result(report, Optional.empty(), List.of(), Optional.empty(), false, Optional.empty());
        }
        List<String> ids = report.repository().controllers().stream().map(Controller::id).sorted().toList();
        if (controller.isEmpty() && ids.size() != 1) {
            return refused(report, ids.isEmpty() ? "The sources define no controller."
                    : "The sources define " + ids.size() + " controllers; choose one with --controller: "
                            + String.join(", ", ids) + ".");
        }
        String id = controller.orElse(ids.isEmpty() ? "" : ids.get(0));
        Optional<ProcessingRecord> record = RecordOfProcessing.of(report.repository(), id, language);
        if (record.isEmpty()) {
            return refused(report, "No controller '" + id + "' in the sources; the controllers are: "
                    + String.join(", ", ids) + ".");
        }
        List<Notice> notices = report.repository().notices().stream().filter(n -> n.controller().equals(id)).toList();
        List<String> withheld = notices.stream().filter(n -> !report.publishable(n)).map(Notice::id).toList();
        boolean controllerErrors = report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
                && f.notice().isEmpty() && report.repository().controller(id)
                        .map(c -> c.origin().at().file().equals(f.at().file())).orElse(false));
        if (!withheld.isEmpty() || controllerErrors) {
            return new Result(report, Optional.empty(), withheld, record, false, Optional.empty());
        }
        byte[] bytes = extension.equals("csv") ? Csv.write(record.get())
                : Ods.write(record.get(), stamp(notices).atStartOfDay());
        try {
            AtomicFile.write(base.resolve(out), bytes);
            return new Result(report, Optional.empty(), withheld, record, true, Optional.empty());
        } catch (IOException e) {
            return new Result(report, Optional.empty(), withheld, record, false, Optional.of(e.getMessage()));
        }
    }

    /** The newest effective date of the notices, so that the same sources give the same bytes. */
    private static LocalDate stamp(List<Notice> notices) {
        return notices.stream().map(Notice::effective).max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
    }

    private static String extension(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Result refused(Report report, String why) {
        return new Result(report, Optional.of(why), List.of(), Optional.empty(), false, Optional.empty());
    }
}
