package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static seloste.cli.Cli.run;

import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seloste ropa} and {@code seloste confirm} as a user types them: files written, messages, exit codes. */
class RopaCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheExampleControllersRecordAsOdsAndCsv() throws IOException {
        Path ods = tmp.resolve("seloste.ods");
        Cli.Run r = run("ropa", "--controller", "aurora", "--lang", "sv", "--out", ods.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Wrote the record of processing activities (17 purposes, sv) to " + ods
                + ".\n");
        assertThat(r.err()).isEmpty();
        assertThat(new SpreadSheet(ods.toFile()).getSheet(0).getName()).isEqualTo("Behandlingar");

        Path csv = tmp.resolve("seloste.csv");
        assertThat(run("ropa", "--out", csv.toString()).code()).isZero();
        assertThat(Files.readString(csv)).startsWith("\uFEFFTunniste,Rekisterinpitäjä ja yhteystiedot");
    }

    @Test
    void refusesAFormatItCannotWriteAndAControllerThatIsNotThere() {
        Cli.Run xlsx = run("ropa", "--out", tmp.resolve("seloste.xlsx").toString());
        assertThat(xlsx.code()).isEqualTo(2);
        assertThat(xlsx.err()).isEqualTo("seloste ropa: The record is written as CSV or as an OpenDocument "
                + "spreadsheet: end the file name with .csv or .ods, not 'seloste.xlsx'.\n");
        Cli.Run nobody = run("ropa", "--controller", "acme", "--out", tmp.resolve("r.csv").toString());
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).isEqualTo("seloste ropa: No controller 'acme' in the sources; the controllers are: "
                + "aurora.\n");
        assertThat(run("ropa", "--lang", "de", "--out", tmp.resolve("r.csv").toString()).code()).isEqualTo(2);
        assertThat(tmp.resolve("r.csv")).doesNotExist();
    }

    @Test
    void writesNoRecordFromSourcesWithErrors() throws IOException {
        Path notices = tmp.resolve("notices");
        Files.createDirectories(notices);
        for (String f : new String[] {"aurora.controller.yaml", "aurora.recipients.yaml", "newsletter.yaml"}) {
            Files.copy(Path.of("notices", f), notices.resolve(f));
        }
        Path newsletter = notices.resolve("newsletter.yaml");
        Files.writeString(newsletter, Files.readString(newsletter).replace("legal_basis: consent", "legal_basis: "
                + "consnet"));
        Path out = tmp.resolve("r.csv");
        Cli.Run r = run("ropa", notices.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error [schema.value]").endsWith("The record was not written: errors concern "
                + "the notices newsletter.\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void confirmNamesWhatItWroteAndRefusesAFieldWithoutItsOwner() throws IOException {
        Path notices = tmp.resolve("notices");
        Files.createDirectories(notices);
        for (String f : new String[] {"aurora.controller.yaml", "aurora.recipients.yaml", "newsletter.yaml"}) {
            Files.copy(Path.of("notices", f), notices.resolve(f));
        }
        Cli.Run r = run("confirm", notices.toString(), "--notice", "newsletter");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("Confirmed \\d+ translated texts in .*translations\\.lock\\.\\n");
        assertThat(notices.resolve("translations.lock")).exists();
        Cli.Run field = run("confirm", notices.toString(), "--field", "title");
        assertThat(field.code()).isEqualTo(2);
        assertThat(field.err()).isEqualTo("seloste confirm: --field needs --notice, --controller or --recipient to say "
                + "whose text it is.\n");
        Cli.Run quoted = run("confirm", notices.toString(), "--notice", "newsletter", "--field", "\"title\"");
        assertThat(quoted.code()).as(quoted.err()).isZero();
        assertThat(quoted.out()).matches("Confirmed 1 translated text in .*\\n");
        assertThat(run("confirm", notices.toString(), "--notice", "a", "--controller", "b").code()).isEqualTo(2);
    }
}
