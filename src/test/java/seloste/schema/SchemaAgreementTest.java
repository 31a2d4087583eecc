package seloste.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import seloste.Compiler;
import seloste.Report;
import seloste.check.Severity;
import seloste.load.LoadResult;
import seloste.load.Loader;

/**
 * The schema and the loader agree on the values people get wrong: each case changes one line of a valid
 * file, and the schema must reject the result exactly when seloste does.
 */
class SchemaAgreementTest {

    private static final String NOTICE = """
            kind: notice
            id: shop
            controller: acme
            title: { fi: Seloste, sv: Beskrivning, en: Notice }
            languages: [fi, sv, en]
            version: "1.0"
            effective: 2026-01-15
            children:
              minimum_age: 13
            data_subjects:
              - id: customers
                name: { fi: Asiakkaat, sv: Kunder, en: Customers }
            data_categories:
              - id: contact
                name: { fi: Yhteystiedot, sv: Kontaktuppgifter, en: Contact details }
                kind: ordinary
            purposes:
              - id: orders
                name: { fi: Tilaukset, sv: Beställningar, en: Orders }
                description: { fi: Toimitamme, sv: Vi levererar, en: We deliver }
                legal_basis: contract
                direct_marketing: false
                data: [contact]
                subjects: [customers]
            recipients:
              - recipient: mailer
                purposes: [orders]
            transfers:
              - recipient: mailer
                country: US
                mechanism: adequacy
            retention:
              - data: [contact]
                period: P6Y
                from: end_of_customer_relationship
            cookies:
              - name: session
                provider: Acme Oy
                type: necessary
                description: { fi: Istunto, sv: Session, en: Session }
            changes:
              - version: "1.0"
                date: 2026-01-15
                summary: { fi: Uusi, sv: Ny, en: New }
            """;

    private static final String CONTROLLER = """
            kind: controller
            id: acme
            name: Acme Oy
            type: company
            business_id: 1234567-8
            postal_address:
              street: Katu 1
              postal_code: 00100
              city: { fi: Helsinki, sv: Helsingfors }
            email: tietosuoja@acme.example
            """;

    private static final String RECIPIENTS = """
            kind: recipients
            recipients:
              - id: mailer
                name: Mailer Inc.
                role: processor
                country: US
                dpf_certified: true
            """;

    @TempDir
    Path dir;

    record Case(String file, String line, String replacement, boolean accepted) {
        @Override
        public String toString() {
            return file + ": '" + line.strip() + "' -> '" + replacement.strip().replace("\n", " / ") + "'";
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                notice("version: \"1.0\"", "version: 1.10", true),
                notice("kind: notice", "kind: notise", false),
                notice("effective: 2026-01-15", "effective: 2026-13-01", false),
                notice("effective: 2026-01-15", "effective: 15.1.2026", false),
                notice("    period: P6Y", "    period: P1Y6M", true),
                notice("    period: P6Y", "    period: p6y", true),
                notice("    period: P6Y", "    period: 6Y", false),
                notice("    period: P6Y", "    period: P0D", false),
                notice("    period: P6Y", "    period: ~", true),
                notice("    country: US", "    country: NO", true),
                notice("    country: US", "    country: XX", false),
                notice("    country: US", "    country: us", false),
                notice("    mechanism: adequacy", "    mechanism: privacy_shield", true),
                notice("    mechanism: adequacy", "    mechanism: scc", false),
                notice("    legal_basis: contract", "    legal_basis: contrakt", false),
                notice("    legal_basis: contract", "    legal_basis:", true),
                notice("    legal_basis: contract", "    legal_basis: contract\n    legal_bases: consent", false),
                notice("  - id: orders", "  - id: Orders", false),
                notice("  - id: orders", "  - id: order--s", false),
                notice("    data: [contact]", "    data: [contact, ~]", true),
                notice("title: { fi: Seloste, sv: Beskrivning, en: Notice }", "title: Notice", false),
                notice("title: { fi: Seloste, sv: Beskrivning, en: Notice }", "title: { fi: Seloste, de: Hinweis }",
                        false),
                notice("title: { fi: Seloste, sv: Beskrivning, en: Notice }", "title:", false),
                notice("    description: { fi: Toimitamme, sv: Vi levererar, en: We deliver }", "    description: ~",
                        true),
                notice("  minimum_age: 13", "  minimum_age: 19", false),
                notice("  minimum_age: 13", "  minimum_age: \"013\"", true),
                notice("  minimum_age: 13", "  minimum_age: 13.5", false),
                notice("    direct_marketing: false", "    direct_marketing: \"true\"", true),
                notice("    direct_marketing: false", "    direct_marketing: yes", false),
                notice("    kind: ordinary", "    kind: special", false),
                notice("    kind: ordinary", "    kind: special\n    special: health", true),
                notice("    kind: ordinary", "    special: health", false),
                notice("    kind: ordinary", "    kind: ordinary\n    waive:\n      - rule: wording.vague\n"
                        + "        reason: Quoted from the contract.", true),
                notice("    kind: ordinary", "    kind: ordinary\n    waive:\n      - rule: wording.vague", false),
                notice("languages: [fi, sv, en]", "languages: [fi, fi]", false),
                notice("languages: [fi, sv, en]", "languages: []", false),
                notice("languages: [fi, sv, en]", "languages: [fi, de]", false),
                notice("    type: necessary", "    type: essential", false),
                notice("    provider: Acme Oy", "    provider:", false),
                new Case("controller", "  postal_code: 00100", "  postal_code: 00100", true),
                new Case("controller", "type: company", "type: authority", false),
                new Case("controller", "type: company", "type: public_authority", true),
                new Case("controller", "name: Acme Oy", "name: { fi: Acme Oy, sv: Acme Ab }", true),
                new Case("controller", "name: Acme Oy", "name: [Acme Oy]", false),
                new Case("controller", "email: tietosuoja@acme.example", "e-mail: tietosuoja@acme.example", false),
                new Case("recipients", "    role: processor", "    role: procesor", false),
                new Case("recipients", "    dpf_certified: true", "    dpf_certified: 1", false),
                new Case("settings", "  wording.vague: off", "  wording.vague: warning", true),
                new Case("settings", "  wording.vague: off", "  wording.vage: off", false),
                new Case("settings", "  wording.vague: off", "  wording.vague: fatal", false));
    }

    private static Case notice(String line, String replacement, boolean accepted) {
        return new Case("notice", line, replacement, accepted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSchemaRejectsWhatSelosteRejects(Case c) throws IOException {
        String settings = "kind: settings\nrules:\n  wording.vague: off\n";
        String original = switch (c.file()) {
            case "notice" -> NOTICE;
            case "controller" -> CONTROLLER;
            case "recipients" -> RECIPIENTS;
            default -> settings;
        };
        assertThat(original).contains(c.line() + "\n");
        String changed = original.replace(c.line() + "\n", c.replacement() + "\n");
        Files.writeString(dir.resolve("notice.yaml"), c.file().equals("notice") ? changed : NOTICE);
        Files.writeString(dir.resolve("controller.yaml"), c.file().equals("controller") ? changed : CONTROLLER);
        Files.writeString(dir.resolve("recipients.yaml"), c.file().equals("recipients") ? changed : RECIPIENTS);
        Files.writeString(dir.resolve("seloste.yaml"), c.file().equals("settings") ? changed : settings);

        boolean selosteAccepts;
        if (c.file().equals("settings")) {
            Report report = new Compiler(dir, Optional.of(Path.of("seloste.yaml"))).check(List.of(Path.of(
                    "notice.yaml"), Path.of("controller.yaml"), Path.of("recipients.yaml")));
            selosteAccepts = report.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR
                    && f.at().file().equals("seloste.yaml"));
        } else {
            LoadResult loaded = new Loader(dir).load(List.of(Path.of("notice.yaml"), Path.of("controller.yaml"),
                    Path.of("recipients.yaml")));
            selosteAccepts = loaded.problems().isEmpty();
            assertThat(selosteAccepts).as("seloste: %s", loaded.problems()).isEqualTo(c.accepted());
        }
        assertThat(selosteAccepts).as("seloste accepts").isEqualTo(c.accepted());
        List<String> errors = SchemasTest.validate(changed, c.file());
        assertThat(errors.isEmpty()).as("schema: %s", errors)
                .isEqualTo(c.accepted());
    }
}
