package seloste.ropa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;

/**
 * The example controller's record of processing activities: one row per purpose and nothing missing,
 * written as CSV and ODS and read back, by SODS and, where it is installed, by LibreOffice.
 */
class RecordOfProcessingTest {

    private static final LocalDateTime STAMP = LocalDateTime.of(2026, 11, 2, 0, 0);
    private static Repository examples;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadTheExamples() {
        LoadResult loaded = new Loader(Path.of(".")).load(List.of(Path.of("notices")));
        assertThat(loaded.problems()).isEmpty();
        examples = loaded.repository();
    }

    private static ProcessingRecord record(Language language) {
        return RecordOfProcessing.of(examples, "aurora", language).orElseThrow();
    }

    private static List<String> purposes() {
        List<String> ids = new ArrayList<>();
        for (Notice n : examples.notices()) {
            if (n.controller().equals("aurora")) {
                n.purposes().forEach(p -> ids.add(n.id() + "/" + p.id()));
            }
        }
        return ids;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theExampleControllerHasOneRowPerPurposeAndNoEmptyCell(Language language) {
        ProcessingRecord r = record(language);
        assertThat(r.gaps()).isEmpty();
        assertThat(r.headings()).hasSize(Column.values().length).doesNotContain("");
        assertThat(r.table()).extracting(row -> row.get(Column.ID.ordinal())).containsExactlyElementsOf(purposes());
        for (List<String> row : r.table()) {
            assertThat(row).as(row.get(0)).hasSize(Column.values().length).allSatisfy(cell -> assertThat(cell)
                    .isNotBlank().doesNotContain("\n"));
        }
    }

    @Test
    void cellsAreInTheChosenLanguage() {
        List<String> orders = record(Language.FI).table().get(0);
        assertThat(record(Language.FI).headings()).contains("Käsittelyn tarkoitus (30 art. 1 b)");
        assertThat(orders.get(Column.LEGAL_BASIS.ordinal())).isEqualTo("Sopimus (6 art. 1 b)");
        assertThat(orders.get(Column.DPO.ordinal())).startsWith("Saara Lindqvist; puh. +358 9 4289 1050");
        assertThat(record(Language.SV).table().get(0).get(Column.CONTROLLER.ordinal()))
                .startsWith("Aurora Kodinkone Oy (FO-nummer 2964718-2); PB 220, 00101 Helsingfors");
        List<String> analytics = record(Language.EN).table().stream()
                .filter(row -> row.get(0).equals("website/web-analytics")).findFirst().orElseThrow();
        assertThat(analytics.get(Column.TRANSFERS.ordinal())).startsWith("United States: Metricwave LLC – Standard "
                + "contractual clauses, Implementing Decision (EU) 2021/914 (Art. 46(2)(c)).");
        assertThat(analytics.get(Column.RECIPIENTS.ordinal())).contains("Metricwave LLC (processor, United States)");
        assertThat(analytics.get(Column.RETENTION.ordinal())).contains("14 months from the collection of the data");
    }

    @Test
    void whatArticle30NeedsAndTheSourcesLackIsListedAndItsCellLeftEmpty() {
        LoadResult loaded = new Loader(Path.of("src/test/resources/ropa"))
                .load(List.of(Path.of("controller.yaml"), Path.of("gaps.yaml")));
        assertThat(loaded.problems()).isEmpty();
        ProcessingRecord r = RecordOfProcessing.of(loaded.repository(), "acme", Language.EN).orElseThrow();
        assertThat(r.gaps()).map(Gap::toString).containsExactly(
                "gaps.yaml:3:1: Notice 'gaps' describes no security measures, which the record of processing "
                        + "activities states where possible (GDPR Art. 30(1)(g)); add 'security:' with the main "
                        + "technical and organisational measures.",
                "gaps.yaml:22:5: Purpose 'feedback' of notice 'gaps' names no categories of data subjects, which the "
                        + "record of processing activities states (GDPR Art. 30(1)(c)); add 'subjects:'.",
                "gaps.yaml:22:5: Purpose 'feedback' of notice 'gaps' has no retention rule, so the record of "
                        + "processing activities cannot give a time limit for erasure (GDPR Art. 30(1)(f)); add a "
                        + "'retention:' entry whose 'purposes:' names it or whose 'data:' covers its data.");
        List<String> feedback = r.table().get(1);
        assertThat(feedback.get(Column.SUBJECTS.ordinal())).isEmpty();
        assertThat(feedback.get(Column.RETENTION.ordinal())).isEmpty();
        assertThat(feedback.get(Column.SECURITY.ordinal())).isEmpty();
        assertThat(feedback.get(Column.DATA.ordinal())).isEqualTo("Contact details");
        assertThat(RecordOfProcessing.of(loaded.repository(), "nobody", Language.EN)).isEmpty();
    }

    @Test
    void csvIsRfc4180WithAByteOrderMarkAndReadsBackCellForCell() {
        ProcessingRecord r = record(Language.FI);
        byte[] csv = Csv.write(r);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\uFEFF");
        List<List<String>> rows = parseCsv(text);
        assertThat(rows.get(0)).isEqualTo(r.headings());
        assertThat(rows.subList(1, rows.size())).isEqualTo(r.table());
        assertThat(Csv.field("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(Csv.field("plain")).isEqualTo("plain");
    }

    @Test
    void odsReadsBackCellForCellAndTheSameRecordGivesTheSameBytes() throws IOException {
        ProcessingRecord r = record(Language.SV);
        byte[] ods = Ods.write(r, STAMP);
        assertThat(Ods.write(r, STAMP)).isEqualTo(ods);
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(ods))) {
            ZipEntry first = z.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            for (ZipEntry e = first; e != null; e = z.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(STAMP);
            }
        }
        SpreadSheet back = new SpreadSheet(new ByteArrayInputStream(ods));
        assertThat(back.getNumSheets()).isEqualTo(1);
        Sheet sheet = back.getSheet(0);
        assertThat(sheet.getName()).isEqualTo("Behandlingar");
        assertThat(rowsOf(sheet)).isEqualTo(withHeadings(r));
    }

    @Test
    void libreOfficeOpensTheSpreadsheetWithOneRowPerPurpose() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        ProcessingRecord r = record(Language.FI);
        Path ods = tmp.resolve("seloste.ods");
        Files.write(ods, Ods.write(r, STAMP));
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir",
                tmp.resolve("converted").toString(), ods.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path csv = tmp.resolve("converted/seloste.csv");
        assertThat(csv).as(Files.readString(tmp.resolve("soffice.log"))).exists();
        List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(purposes().size() + 1);
        assertThat(rows).isEqualTo(withHeadings(r));
    }

    private static List<List<String>> withHeadings(ProcessingRecord r) {
        List<List<String>> all = new ArrayList<>();
        all.add(r.headings());
        all.addAll(r.table());
        return all;
    }

    private static List<List<String>> rowsOf(Sheet sheet) {
        Range data = sheet.getDataRange();
        Object[][] values = data.getValues();
        List<List<String>> rows = new ArrayList<>();
        for (Object[] row : values) {
            rows.add(Arrays.stream(row).map(v -> v == null ? "" : v.toString()).toList());
        }
        return rows;
    }

    /** An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
