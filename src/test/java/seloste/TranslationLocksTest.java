package seloste;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seloste.TranslationLocks.Selection;
import seloste.check.Finding;
import seloste.translation.LockFile;

/**
 * Stale translations end to end, on a copy of the example notices in a temporary folder: confirm, edit
 * one language, check, confirm again, as a legal team would.
 */
class TranslationLocksTest {

    private static final String RULE = "language.translation.stale";
    private static final String FIELD = "data_subjects[customers].description";

    @TempDir
    Path dir;

    private Path customers;
    private Path lock;

    @BeforeEach
    void copyTheExamples() throws IOException {
        Files.createDirectories(dir.resolve("notices"));
        try (Stream<Path> files = Files.list(Path.of("notices"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, dir.resolve("notices").resolve(f.getFileName()));
            }
        }
        customers = dir.resolve("notices/customers.yaml");
        lock = dir.resolve("notices").resolve(LockFile.NAME);
    }

    private List<String> stale() {
        return new Compiler(dir, Optional.empty()).check(List.of(Path.of("notices"))).findings().stream()
                .filter(f -> f.ruleId().equals(RULE)).map(Finding::toString).toList();
    }

    private TranslationLocks.Result confirm(Selection selection) throws IOException {
        return new TranslationLocks(dir).confirm(List.of(Path.of("notices")), selection);
    }

    private static Selection field(String kind, String id, String path) {
        return new Selection(Optional.of(kind), Optional.of(id), Optional.of(path));
    }

    /** Replaces the one line that starts with {@code prefix} (after its indentation), returning its number. */
    private static int edit(Path file, String prefix, String replacement) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(prefix)) {
                assertThat(found).as("one line starts with %s", prefix).isEqualTo(-1);
                found = i;
            }
        }
        assertThat(found).as("a line starts with %s", prefix).isNotNegative();
        String indent = lines.get(found).substring(0, lines.get(found).indexOf(prefix));
        lines.set(found, indent + replacement);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return found + 1;
    }

    private static int lineOf(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    private static String warning(String file, int line, String lang, String changed, String kind, String id,
            String path) {
        return file + ":" + line + ":11: warning [" + RULE + "] The " + lang + " text of '" + path + "' may be out "
                + "of date: the " + changed + " text changed since the translation was confirmed; update it, then "
                + "run 'seloste confirm --" + kind + " " + id + " --field \"" + path + "\"'.";
    }

    @Test
    void withoutALockNothingIsComparedAndConfirmWritesOne() throws IOException {
        edit(customers, "en: Individuals who have ordered", "en: People who have ordered products.");
        assertThat(stale()).isEmpty();
        TranslationLocks.Result r = confirm(Selection.all());
        assertThat(r.files()).containsExactly("notices/" + LockFile.NAME);
        assertThat(r.confirmed()).isGreaterThan(100);
        assertThat(Files.readString(lock)).contains("notice customers " + FIELD + " fi=");
        assertThat(stale()).isEmpty();
    }

    @Test
    void editingTheEnglishTextAloneWarnsAboutTheFinnishAndSwedishOfThatFieldUntilConfirmed() throws IOException {
        confirm(Selection.all());
        edit(customers, "en: Individuals who have ordered", "en: People who have ordered products from us.");
        int fi = lineOf(customers, "fi: Henkilöt, jotka ovat tilanneet");
        int sv = lineOf(customers, "sv: Personer som har beställt");
        assertThat(stale()).containsExactly(
                warning("notices/customers.yaml", fi, "fi", "en", "notice", "customers", FIELD),
                warning("notices/customers.yaml", sv, "sv", "en", "notice", "customers", FIELD));

        List<String> before = Files.readAllLines(lock);
        TranslationLocks.Result r = confirm(field("notice", "customers", FIELD));
        assertThat(r.confirmed()).isEqualTo(1);
        assertThat(r.cleared()).isEqualTo(1);
        assertThat(stale()).isEmpty();
        List<String> after = Files.readAllLines(lock);
        assertThat(after).hasSameSizeAs(before);
        List<String> changed = after.stream().filter(l -> !before.contains(l)).toList();
        assertThat(changed).singleElement().asString().startsWith("notice customers " + FIELD + " ");
    }

    @Test
    void editingEveryLanguageIsANewTranslationNotAStaleOne() throws IOException {
        confirm(Selection.all());
        edit(customers, "fi: Henkilöt, jotka ovat tilanneet", "fi: Verkkokaupan ja myymälöiden asiakkaat.");
        edit(customers, "sv: Personer som har beställt", "sv: Kunder i webbutiken och i butikerna.");
        edit(customers, "en: Individuals who have ordered", "en: Customers of the web shop and the stores.");
        assertThat(stale()).isEmpty();
    }

    @Test
    void aTranslationChangedAloneMakesTheOthersSuspectToo() throws IOException {
        confirm(Selection.all());
        int sv = edit(customers, "sv: Personer som har beställt", "sv: Kunder i webbutiken och i butikerna.");
        int fi = lineOf(customers, "fi: Henkilöt, jotka ovat tilanneet");
        int en = lineOf(customers, "en: Individuals who have ordered");
        assertThat(stale()).containsExactly(
                warning("notices/customers.yaml", fi, "fi", "sv", "notice", "customers", FIELD),
                warning("notices/customers.yaml", sv + 1, "en", "sv", "notice", "customers", FIELD));
        assertThat(en).isEqualTo(sv + 1);
    }

    @Test
    void aSharedControllerTextIsReportedInItsOwnFileAndHoldsBackNoNotice() throws IOException {
        confirm(Selection.all());
        Path controller = dir.resolve("notices/aurora.controller.yaml");
        int line = edit(controller, "street: { fi: Porkkalankatu 20 A",
                "street: { fi: Porkkalankatu 20 A, sv: Porkalagatan 20 A, en: Porkkalankatu 20 A (3rd floor) }");
        List<Finding> found = new Compiler(dir, Optional.empty()).check(List.of(Path.of("notices"))).findings()
                .stream().filter(f -> f.ruleId().equals(RULE)).toList();
        String text = Files.readAllLines(controller).get(line - 1);
        assertThat(found).extracting(f -> f.at().toString()).containsExactly(
                "notices/aurora.controller.yaml:" + line + ":" + (text.indexOf("Porkkalankatu") + 1),
                "notices/aurora.controller.yaml:" + line + ":" + (text.indexOf("Porkalagatan") + 1));
        assertThat(found).allSatisfy(f -> assertThat(f.notice()).isEmpty());
        assertThat(found.get(0).message()).contains("'visiting_address.street'").contains("--controller aurora");
    }

    @Test
    void anUnreadableLockLineIsAnErrorThatConfirmRepairs() throws IOException {
        confirm(Selection.all());
        Files.writeString(lock, Files.readString(lock) + "<<<<<<< HEAD\n");
        int line = Files.readAllLines(lock).size();
        Report report = new Compiler(dir, Optional.empty()).check(List.of(Path.of("notices")));
        assertThat(report.findings()).map(Finding::toString).contains("notices/" + LockFile.NAME + ":" + line
                + ":1: error [schema.value] This line is not a confirmed translation ('notice ID FIELD fi=... sv=... "
                + "en=...'); run 'seloste confirm' to write the file anew.");
        assertThat(confirm(Selection.all()).problems()).isEmpty();
        assertThat(Files.readString(lock)).doesNotContain("<<<<<<<");
    }

    @Test
    void aSelectionThatMatchesNothingIsRefusedAndWritesNothing() throws IOException {
        assertThat(confirm(field("notice", "customers", "purposes[order].name")).refused()).hasValueSatisfying(m ->
                assertThat(m).startsWith("The notice 'customers' has no translated text 'purposes[order].name'; did "
                        + "you mean one of: purposes[orders].name"));
        assertThat(confirm(new Selection(Optional.of("notice"), Optional.of("nope"), Optional.empty())).refused())
                .hasValue("No notice 'nope' with translated texts in the sources; there are: customers, "
                        + "job-applicants, newsletter, website.");
        assertThat(lock).doesNotExist();
    }
}
