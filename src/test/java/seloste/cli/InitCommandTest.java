package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seloste.load.LoadResult;
import seloste.load.Loader;

/** {@code seloste init}: driven with options and with answers on a piped standard input. */
class InitCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run runWithInput(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void writesAControllerAndANoticeThatCheckWithOnlyTodoWarnings() throws IOException {
        Path dir = tmp.resolve("notices");
        Run init = run("init", "--controller-name", "Pörrö \"Ky\": kahvila", "--business-id", "1234567-8",
                "--notice-id", "members", "--title-en", "Privacy notice for members", "--effective", "2026-02-01",
                "--dir", dir.toString());
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Wrote " + dir.resolve("porro-ky-kahvila.controller.yaml"))
                .contains("Wrote " + dir.resolve("members.yaml"));
        String controller = Files.readString(dir.resolve("porro-ky-kahvila.controller.yaml"));
        String notice = Files.readString(dir.resolve("members.yaml"));
        assertThat(controller).contains("name: \"Pörrö \\\"Ky\\\": kahvila\"\n", "business_id: \"1234567-8\"\n");
        assertThat(notice).startsWith("# yaml-language-server: $schema=")
                .contains("controller: porro-ky-kahvila\n", "  en: \"Privacy notice for members\"\n",
                        "effective: 2026-02-01\n");

        LoadResult loaded = new Loader(tmp).load(List.of(Path.of("notices")));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.repository().controllers().get(0).name().get(seloste.model.Language.FI))
                .isEqualTo("Pörrö \"Ky\": kahvila");

        Run check = run("check", dir.toString());
        assertThat(check.code()).as(check.out()).isZero();
        long todoLines = (controller + notice).lines().filter(l -> l.contains("TODO")).count()
                - 2; // the two header comments
        assertThat(check.out().lines().filter(l -> l.contains("warning [text.todo]"))).hasSize((int) todoLines);
        assertThat(check.out()).doesNotContain(" error [");
    }

    @Test
    void asksForWhatTheOptionsDoNotGive() throws IOException {
        Path dir = tmp.resolve("asked");
        Run init = runWithInput("Aurora Kodinkone Oy\n2964718-2\ntietosuoja@aurora.example\nNot an id\ncustomers\n"
                + "Asiakkaiden tietosuojaseloste\n\n", "init", "--interactive", "--dir", dir.toString(),
                "--effective", "2026-03-01");
        assertThat(init.code()).as(init.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(init.err()).contains("'Not an id' is not a valid notice id");
        assertThat(dir).doesNotExist();

        init = runWithInput("Aurora Kodinkone Oy\n2964718-2\ntietosuoja@aurora.example\ncustomers\n"
                + "Asiakkaiden tietosuojaseloste\n\n", "init", "--interactive", "--dir", dir.toString(),
                "--effective", "2026-03-01");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Controller's registered name: ", "Notice id, also its file name",
                "Title in English (optional): ");
        String notice = Files.readString(dir.resolve("customers.yaml"));
        assertThat(notice).contains("controller: aurora-kodinkone-oy\n", "  fi: \"Asiakkaiden tietosuojaseloste\"\n",
                "  en: \"TODO: title of the notice\"\n", "  email: \"tietosuoja@aurora.example\"\n");
        assertThat(Files.readString(dir.resolve("aurora-kodinkone-oy.controller.yaml")))
                .contains("business_id: \"2964718-2\"\n");
    }

    @Test
    void neverOverwritesAndAddsFurtherNoticesWithoutTheController() throws IOException {
        Path dir = tmp.resolve("notices");
        assertThat(run("init", "--controller-name", "Acme Oy", "--notice-id", "customers", "--dir", dir.toString())
                .code()).isZero();
        Path notice = dir.resolve("customers.yaml");
        Files.writeString(notice, Files.readString(notice).replace("TODO: title of the notice", "Edited"));
        String edited = Files.readString(notice);

        Run again = run("init", "--controller-name", "Acme Oy", "--notice-id", "staff", "--dir", dir.toString());
        assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains(dir.resolve("acme-oy.controller.yaml") + " already exists; nothing was "
                + "written", "--no-controller");
        assertThat(dir.resolve("staff.yaml")).doesNotExist();

        Run same = run("init", "--no-controller", "--controller-id", "acme-oy", "--notice-id", "customers", "--dir",
                dir.toString());
        assertThat(same.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notice).hasContent(edited);

        Run staff = run("init", "--no-controller", "--controller-id", "acme-oy", "--notice-id", "staff",
                "--lang", "fi,en", "--dir", dir.toString());
        assertThat(staff.code()).as(staff.err()).isZero();
        assertThat(Files.readString(dir.resolve("staff.yaml"))).contains("languages: [fi, en]\n")
                .doesNotContain("  sv: ");
        LoadResult loaded = new Loader(tmp).load(List.of(Path.of("notices")));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.repository().notices()).hasSize(2);
    }

    @Test
    void namesTheMissingOptionsWhenNobodyCanBeAsked() {
        Run init = runWithInput("", "init", "--dir", tmp.resolve("x").toString());
        assertThat(init.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(init.err()).contains("--controller-name", "--notice-id");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
