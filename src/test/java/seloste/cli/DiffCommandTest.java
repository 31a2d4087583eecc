package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seloste diff} against a real git repository with two commits. */
class DiffCommandTest {

    private static final String CONTROLLER = """
            kind: controller
            id: acme
            name: Acme Oy
            postal_address: { street: Katu 1, postal_code: "00100", city: Helsinki }
            email: tietosuoja@acme.example
            """;

    private static final String RECIPIENTS = """
            kind: recipients
            recipients:
              - id: mailer
                name: Mailer Inc.
                role: processor
                country: US
            """;

    private static final String SHOP = """
            kind: notice
            id: shop
            controller: acme
            title: { fi: Verkkokaupan seloste, sv: Webbutikens beskrivning, en: Web shop notice }
            languages: [fi, sv, en]
            version: "1.0"
            effective: 2026-01-15
            data_categories:
              - id: contact
                name: { fi: Yhteystiedot, sv: Kontaktuppgifter, en: Contact details }
            purposes:
              - id: orders
                name: { fi: Tilaukset, sv: Beställningar, en: Orders }
                legal_basis: contract
                data: [contact]
              - id: surveys
                name: { fi: Kyselyt, sv: Enkäter, en: Surveys }
                legal_basis: consent
                data: [contact]
            retention:
              - data: [contact]
                period: P6Y
                from: end_of_customer_relationship
            """;

    private static final String SHOP_CHANGED = """
            kind: notice
            id: shop
            controller: acme
            title: { fi: Verkkokaupan seloste, sv: Webbutikens beskrivning, en: Web shop notice }
            languages: [fi, sv, en]
            version: "1.0"
            effective: 2026-01-15
            data_categories:
              - id: contact
                name: { fi: Yhteystiedot, sv: Kontaktuppgifter, en: Contact details }
              - id: health
                name: { fi: Terveystiedot, sv: Hälsouppgifter, en: Health data }
                kind: special
                special: health
            purposes:
              - id: orders
                name: { fi: Tilaukset, sv: Beställningar, en: Orders }
                legal_basis: legitimate_interests
                data: [contact, health]
              - id: marketing
                name: { fi: Markkinointi, sv: Marknadsföring, en: Marketing }
                legal_basis: consent
                data: [contact]
            recipients:
              - recipient: mailer
                purposes: [marketing]
            transfers:
              - recipient: mailer
                country: US
                mechanism: standard_contractual_clauses
            retention:
              - data: [contact]
                period: P10Y
                from: end_of_customer_relationship
            """;

    private static final String STAFF = """
            kind: notice
            id: staff
            controller: acme
            title: { fi: Henkilöstö, sv: Personal, en: Staff }
            languages: [fi, sv, en]
            version: "3"
            effective: 2025-05-01
            """;

    @TempDir
    Path repo;

    record Run(int code, String out, String err) {
    }

    private Run diff(String... args) {
        List<String> all = new ArrayList<>(List.of("diff", "-C", repo.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=t@example.fi",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    private void write(String name, String yaml) throws IOException {
        Files.createDirectories(repo.resolve("notices"));
        Files.writeString(repo.resolve("notices").resolve(name), yaml);
    }

    @BeforeEach
    void firstCommit() throws Exception {
        git("init", "-q");
        write("acme.controller.yaml", CONTROLLER);
        write("acme.recipients.yaml", RECIPIENTS);
        write("shop.yaml", SHOP);
        write("staff.yaml", STAFF);
        git("add", ".");
        git("commit", "-q", "-m", "Notices as published");
    }

    @Test
    void nothingChangedIsExitZero() {
        Run r = diff("HEAD");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("No material changes since HEAD.\n");
    }

    @Test
    void listsTheMaterialChangesAndTheUnchangedVersion() throws Exception {
        write("shop.yaml", SHOP_CHANGED);
        Files.delete(repo.resolve("notices/staff.yaml"));
        git("commit", "-q", "-am", "Marketing");
        write("shop.yaml", SHOP_CHANGED.replace("period: P10Y", "period: P10Y6M"));

        Run r = diff("HEAD~1");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                shop (notices/shop.yaml): Web shop notice
                  ~ Legal basis of the purpose "Orders" changed: contract (Art. 6(1)(b)) → legitimate interests (Art. 6(1)(f))
                  + New purpose: Marketing (consent (Art. 6(1)(a)))
                  - Purpose removed: Surveys (consent (Art. 6(1)(a)))
                  + New category of personal data: Health data (special category: data concerning health (Art. 9(1)))
                  + New recipient: Mailer Inc.
                  + New transfer outside the EU/EEA: Mailer Inc., United States (US) (standard contractual clauses (Art. 46(2)(c)))
                  ~ Retention of Contact details changed: 6 years from the end of the customer relationship → 10 years and 6 months from the end of the customer relationship

                staff (notices/staff.yaml): Staff
                  - The notice was removed.

                notices/shop.yaml:6:10: error [notice.version.unchanged] Notice 'shop' changed materially since HEAD~1 but keeps version 1.0 and effective date 2026-01-15; raise 'version:', set 'effective:' to the date the change applies and add an entry to 'changes:'.

                Material changes since HEAD~1 in 2 of 2 notices.
                """);

        assertThat(diff("HEAD~1", "--fail-on", "unversioned").code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(diff("HEAD~1", "--fail-on", "sometimes").code()).isEqualTo(ExitCodes.USAGE);

        Run fi = diff("HEAD~1", "--lang", "fi");
        assertThat(fi.out()).contains("shop (notices/shop.yaml): Verkkokaupan seloste\n",
                "  ~ Käsittelyn tarkoituksen ”Tilaukset” oikeusperuste muuttui: sopimus (6 art. 1 kohdan b alakohta) → "
                        + "oikeutettu etu (6 art. 1 kohdan f alakohta)\n",
                "  ~ Säilytysaika muuttui, Yhteystiedot: 6 vuotta asiakassuhteen päättymisestä → 10 vuotta ja 6 kuukautta "
                        + "asiakassuhteen päättymisestä\n",
                "  + Uusi siirto EU:n ja ETA:n ulkopuolelle: Mailer Inc., Yhdysvallat (US) (vakiosopimuslausekkeet "
                        + "(46 art. 2 kohdan c alakohta))\n");
        Run sv = diff("HEAD~1", "--lang", "sv");
        assertThat(sv.out()).contains("  + Ny kategori av personuppgifter: Hälsouppgifter (särskild kategori: "
                + "uppgifter om hälsa (artikel 9.1))\n");
    }

    @Test
    void aNewVersionWithANewDateIsNoFindingButStillAChange() throws Exception {
        write("shop.yaml", SHOP_CHANGED.replace("version: \"1.0\"", "version: \"1.1\"")
                .replace("effective: 2026-01-15", "effective: 2026-06-01"));
        Run r = diff("HEAD");
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(diff("HEAD", "--fail-on", "unversioned").code()).isZero();
        assertThat(r.out()).doesNotContain("notice.version.unchanged").endsWith("Material changes since HEAD in 1 of 2 "
                + "notices.\n");

        write("shop.yaml", SHOP_CHANGED.replace("version: \"1.0\"", "version: \"1.1\""));
        assertThat(diff("HEAD").out()).contains("notices/shop.yaml:7:12: error [notice.version.unchanged] Notice "
                + "'shop' changed materially since HEAD but keeps effective date 2026-01-15;");
    }

    @Test
    void editsThatAreNotMaterialAreNotListed() throws Exception {
        write("shop.yaml", SHOP.replace("en: Orders", "en: Handling orders").replace("version: \"1.0\"",
                "version: \"1.0.1\""));
        Run r = diff("HEAD");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("No material changes since HEAD.\n");
    }

    @Test
    void refusesWhatItCannotCompare() throws Exception {
        Run unknown = diff("no-such-branch");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).isEqualTo("seloste diff: git knows no revision 'no-such-branch'.\n");

        Run option = diff("--", "--output=x");
        assertThat(option.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(option.err()).contains("is not a revision");

        write("shop.yaml", SHOP.replace("legal_basis: contract", "legal_basis: contrakt"));
        Run broken = diff("HEAD");
        assertThat(broken.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(broken.err()).contains("notices/shop.yaml:14:18: error [schema.value] Unknown legal_basis "
                + "'contrakt'.", "The sources do not load");

        Path elsewhere = Files.createTempDirectory(repo.getParent(), "not-a-repo");
        Files.createDirectories(elsewhere.resolve("notices"));
        Files.writeString(elsewhere.resolve("notices/shop.yaml"), SHOP);
        Files.writeString(elsewhere.resolve("notices/acme.controller.yaml"), CONTROLLER);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "diff", "-C",
                elsewhere.toString(), "HEAD");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("not in a git repository");
    }
}
