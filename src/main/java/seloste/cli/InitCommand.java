package seloste.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import seloste.model.Language;
import seloste.scaffold.Scaffold;
import seloste.scaffold.Scaffolder;

/** {@code seloste init}: writes a controller file and a first notice, with TODO placeholders to fill in. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a controller file and a first notice to fill in.",
                "Both load cleanly and hold TODO placeholders, which 'seloste check' reports as warnings until "
                        + "they are written.",
                "Values not given as options are asked for when the input is a terminal (or with --interactive); "
                        + "existing files are never overwritten."})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--controller-name", paramLabel = "NAME", description = "Registered name of the controller.")
    String controllerName;

    @Option(names = "--controller-id", paramLabel = "ID", description = "Id of the controller (default: made "
            + "from its name).")
    String controllerId;

    @Option(names = "--business-id", paramLabel = "ID", description = "Business ID (Y-tunnus), e.g. 1234567-8.")
    String businessId;

    @Option(names = "--email", paramLabel = "EMAIL", description = "E-mail address for data protection matters.")
    String email;

    @Option(names = "--phone", paramLabel = "PHONE", description = "Phone number of the controller.")
    String phone;

    @Option(names = "--notice-id", paramLabel = "ID", description = "Id of the notice, also its file name, e.g. "
            + "customers.")
    String noticeId;

    @Option(names = "--title-fi", paramLabel = "TEXT", description = "Title of the notice in Finnish.")
    String titleFi;

    @Option(names = "--title-sv", paramLabel = "TEXT", description = "Title of the notice in Swedish.")
    String titleSv;

    @Option(names = "--title-en", paramLabel = "TEXT", description = "Title of the notice in English.")
    String titleEn;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", description = "Languages of the notice "
            + "(default: fi,sv,en).")
    List<String> languages = List.of("fi", "sv", "en");

    @Option(names = "--effective", paramLabel = "DATE", description = "Effective date, year-month-day "
            + "(default: today).")
    LocalDate effective;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "notices", description = "Folder to write to "
            + "(default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--no-controller", description = "Write only the notice, for a controller that already has "
            + "its file (give --controller-id).")
    boolean noController;

    @Option(names = {"-i", "--interactive"}, description = "Ask for missing values even when the input is not a "
            + "terminal.")
    boolean interactive;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (interactive || System.console() != null && missingRequired()) {
            Prompter ask = new Prompter(spec.commandLine().getOut());
            if (!noController) {
                controllerName = ask.orKeep(controllerName, "Controller's registered name", "");
                businessId = ask.orKeep(businessId, "Business ID (Y-tunnus)", "leave empty to fill in later");
            }
            email = ask.orKeep(email, "E-mail for data protection matters", "leave empty to fill in later");
            noticeId = ask.orKeep(noticeId, "Notice id, also its file name (e.g. customers)", "");
            titleFi = languages.contains("fi") ? ask.orKeep(titleFi, "Title in Finnish", "optional") : titleFi;
            titleSv = languages.contains("sv") ? ask.orKeep(titleSv, "Title in Swedish", "optional") : titleSv;
            titleEn = languages.contains("en") ? ask.orKeep(titleEn, "Title in English", "optional") : titleEn;
        }
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("seloste init: " + p));
            return ExitCodes.USAGE;
        }
        Scaffold scaffold = scaffold();
        Map<String, String> files = Scaffolder.files(scaffold);
        for (String name : files.keySet()) {
            if (Files.exists(dir.resolve(name))) {
                err.println("seloste init: " + dir.resolve(name) + " already exists; nothing was written. Choose "
                        + "another id" + (noController ? "" : ", or use --no-controller for a further notice") + ".");
                return ExitCodes.USAGE;
            }
        }
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW);
            }
        } catch (IOException e) {
            err.println("seloste init: cannot write to " + dir + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        files.keySet().forEach(name -> out.println("Wrote " + dir.resolve(name)));
        out.println("Replace every TODO ('seloste check " + dir + "' lists them), then run 'seloste build'.");
        return ExitCodes.OK;
    }

    private boolean missingRequired() {
        return noticeId == null || !noController && controllerName == null;
    }

    private List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!noController && blank(controllerName)) {
            out.add("give the controller's name with --controller-name (or --no-controller and --controller-id).");
        }
        if (noController && blank(controllerId)) {
            out.add("--no-controller needs --controller-id naming the controller's existing id.");
        }
        if (blank(noticeId)) {
            out.add("give the notice's id with --notice-id, e.g. --notice-id customers.");
        } else if (!Scaffolder.ID.matcher(noticeId).matches()) {
            out.add("'" + noticeId + "' is not a valid notice id: use lower-case letters a-z, digits and single "
                    + "hyphens, starting with a letter.");
        }
        if (!blank(controllerId) && !Scaffolder.ID.matcher(controllerId).matches()) {
            out.add("'" + controllerId + "' is not a valid controller id: use lower-case letters a-z, digits and "
                    + "single hyphens, starting with a letter.");
        }
        for (String code : languages) {
            if (Language.fromCode(code.strip()).isEmpty()) {
                out.add("unknown language '" + code + "'; languages are fi, sv and en.");
            }
        }
        return out;
    }

    private Scaffold scaffold() {
        String cid = blank(controllerId) ? Scaffolder.idFrom(controllerName) : controllerId;
        Map<Language, String> titles = new EnumMap<>(Language.class);
        given(titleFi).ifPresent(t -> titles.put(Language.FI, t));
        given(titleSv).ifPresent(t -> titles.put(Language.SV, t));
        given(titleEn).ifPresent(t -> titles.put(Language.EN, t));
        List<Language> ls = languages.stream().map(c -> Language.fromCode(c.strip()).orElseThrow()).distinct()
                .toList();
        return new Scaffold(cid, noController ? Optional.empty() : given(controllerName), given(businessId),
                given(email), given(phone), noticeId, titles, ls,
                effective == null ? LocalDate.now() : effective, schemaFolder());
    }

    /** The repository's committed schemas when it has them, otherwise those 'seloste build' publishes. */
    private String schemaFolder() {
        Path from = dir.toAbsolutePath().normalize();
        Path docs = Path.of("docs", "schema").toAbsolutePath().normalize();
        Path target = Files.isDirectory(docs) ? docs : Path.of("out", "schema").toAbsolutePath().normalize();
        return from.relativize(target).toString().replace('\\', '/');
    }

    private static Optional<String> given(String value) {
        return blank(value) ? Optional.empty() : Optional.of(value.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
