package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import seloste.model.Art22Exception;
import seloste.model.Art9Condition;
import seloste.model.CookieType;
import seloste.model.Derogation;
import seloste.model.Keyword;
import seloste.model.Language;
import seloste.model.LegalBasis;
import seloste.model.NationalIdGround;
import seloste.model.RecipientRole;
import seloste.model.RequirementKind;
import seloste.model.RetentionEvent;
import seloste.model.SourceKind;
import seloste.model.SpecialCategory;
import seloste.model.TransferMechanism;

/** The phrase catalogue in templates/phrases: complete, consistent and in the official terms. */
class PhraseCatalogueTest {

    private static final Path PHRASES = Path.of("templates", "phrases");

    private static Map<String, String> phrases(Language language) throws Exception {
        Path file = PHRASES.resolve(language.code() + ".yaml");
        return PhraseCatalogue.parse(Files.readString(file), file.toString());
    }

    @Test
    void everyKeyExistsInEveryLanguage() throws Exception {
        Map<String, String> fi = phrases(Language.FI);
        assertThat(phrases(Language.SV).keySet()).isEqualTo(fi.keySet());
        assertThat(phrases(Language.EN).keySet()).isEqualTo(fi.keySet());
        assertThat(fi).hasSizeGreaterThan(200);
    }

    @Test
    void everyPhraseUsesTheSamePlaceholdersInEveryLanguage() throws Exception {
        PhraseCatalogue catalogue = PhraseCatalogue.load(TemplateSource.of(Path.of("templates")));
        for (String key : phrases(Language.FI).keySet()) {
            List<String> fi = catalogue.in(Language.FI).placeholders(key).stream().sorted().toList();
            assertThat(catalogue.in(Language.SV).placeholders(key).stream().sorted().toList()).as(key).isEqualTo(fi);
            assertThat(catalogue.in(Language.EN).placeholders(key).stream().sorted().toList()).as(key).isEqualTo(fi);
        }
    }

    @Test
    void everyKeywordOfTheModelHasItsPhrase() throws Exception {
        List<String> expected = new ArrayList<>();
        expect(expected, "basis.", LegalBasis.values());
        expect(expected, "art9.", Art9Condition.values());
        expect(expected, "national_id.", NationalIdGround.values());
        expect(expected, "requirement.", RequirementKind.values());
        expect(expected, "special.", SpecialCategory.values());
        expect(expected, "source.", SourceKind.values());
        expect(expected, "recipient.", RecipientRole.values());
        expect(expected, "recipient_group.", RecipientRole.values());
        expect(expected, "transfer.derogation.", Derogation.values());
        expect(expected, "retention.from.", RetentionEvent.values());
        expect(expected, "automated.exception.", Art22Exception.values());
        expect(expected, "cookies.type.", CookieType.values());
        for (TransferMechanism m : TransferMechanism.values()) {
            if (m.valid() && m != TransferMechanism.DEROGATION) {
                expected.add("transfer." + m.keyword());
            }
        }
        for (Language l : Language.values()) {
            expected.add("language." + l.code());
        }
        for (Language l : Language.values()) {
            assertThat(phrases(l).keySet()).as(l.code()).containsAll(expected);
        }
    }

    private static void expect(List<String> out, String prefix, Keyword[] values) {
        for (Keyword k : values) {
            out.add(prefix + k.keyword());
        }
    }

    @Test
    void outdatedOrUnofficialTermsAreNotUsed() throws Exception {
        List<String> banned = List.of("rekisteriseloste", "registerbeskrivning", "registeransvarig", "rekisterin pitäjä",
                "automaattiset päätökset", "vakiotietosuojalausekkeet", "standardiseringsklausuler", "mallisopimuslausek",
                "henkilötietolaki", "henkilötietolain", "privacy shield", "safe harbor", "tietosuojalautakunta",
                "personuppgiftslagen", "datainspektionen", "description of a personal data file", "personal data file",
                "tietoyhteiskuntakaari", "sähköisen viestinnän tietosuojalaki", "516/2004", "523/1999", "95/46",
                "registeransvarige", "personnummer", "rekisterinpitäjän edustaja", "ratapihantie", "albertinkatu",
                "pl 315", "faksi", "fax", "integritetspolicy", "social security number");
        for (Language l : Language.values()) {
            for (Map.Entry<String, String> e : phrases(l).entrySet()) {
                String text = e.getValue().toLowerCase(Locale.ROOT);
                for (String term : banned) {
                    assertThat(text).as(l.code() + " " + e.getKey()).doesNotContain(term);
                }
            }
        }
    }

    @Test
    void theOfficialTermsAreUsed() throws Exception {
        assertThat(phrases(Language.FI)).containsEntry("heading.automated_decisions",
                "Automatisoidut yksittäispäätökset, profilointi mukaan luettuna");
        assertThat(phrases(Language.SV)).containsEntry("heading.automated_decisions",
                "Automatiserat individuellt beslutsfattande, inbegripet profilering");
        assertThat(phrases(Language.FI).get("transfer.standard_contractual_clauses")).contains("vakiosopimuslausekkeita", "2021/914");
        assertThat(phrases(Language.SV).get("transfer.standard_contractual_clauses")).contains("standardavtalsklausuler", "2021/914");
        assertThat(phrases(Language.FI).get("basis.contract"))
                .startsWith("Käsittely perustuu sopimukseen")
                .endsWith("(tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta).");
        assertThat(phrases(Language.FI).get("document.regulation")).contains("(EU) 2016/679, jäljempänä tietosuoja-asetus,");
        assertThat(phrases(Language.SV).get("document.regulation")).contains("(EU) 2016/679, nedan dataskyddsförordningen.");
        assertThat(phrases(Language.SV).get("basis.contract")).endsWith("(artikel 6.1 b i dataskyddsförordningen).");
        assertThat(phrases(Language.SV).get("basis.legal_obligation")).contains("den personuppgiftsansvarige");
        assertThat(phrases(Language.SV)).containsEntry("heading.rights", "Den registrerades rättigheter")
                .containsEntry("label.national_id", "Behandling av personbeteckning")
                .containsEntry("heading.complaint", "Rätt att lämna in klagomål till en tillsynsmyndighet");
        assertThat(phrases(Language.FI)).containsEntry("heading.complaint", "Oikeus tehdä valitus valvontaviranomaiselle")
                .containsEntry("rights.portability.heading", "Oikeus siirtää tiedot järjestelmästä toiseen");
        assertThat(phrases(Language.FI)).containsEntry("label.business_id", "Y-tunnus");
        assertThat(phrases(Language.SV)).containsEntry("label.business_id", "FO-nummer");
        assertThat(phrases(Language.EN)).containsEntry("label.business_id", "Business ID");
        assertThat(phrases(Language.FI)).containsEntry("authority.name", "Tietosuojavaltuutetun toimisto");
        assertThat(phrases(Language.SV)).containsEntry("authority.name", "Dataombudsmannens byrå");
        assertThat(phrases(Language.EN)).containsEntry("authority.name", "Office of the Data Protection Ombudsman");
    }

    /**
     * Facts that could not be checked against the law itself are not stated as facts: the section
     * numbers of the Data Protection Act 1050/2018 and of the Act on Electronic Communications
     * Services 917/2014 are cited by the act alone (RULES-AND-TERMS §4: section numbers V2 or M).
     */
    @Test
    void unverifiedSectionNumbersAreNotCited() throws Exception {
        Pattern section = Pattern.compile("(?i)\\b(?:5|29|205) §|§ ?(?:5|29|205)\\b|section (?:5|29|205)\\b");
        for (Language l : Language.values()) {
            phrases(l).forEach((key, value) -> assertThat(section.matcher(value).find()).as(l.code() + " " + key).isFalse());
        }
    }

    @Test
    void aPhraseThatPointsToAHeadingQuotesItExactly() throws Exception {
        for (Language l : Language.values()) {
            Map<String, String> p = phrases(l);
            assertThat(p.get("purposes.direct_marketing")).as(l.code()).contains(p.get("rights.direct_marketing.heading"));
            assertThat(p.get("complaint.form")).as(l.code()).doesNotContain("{");
        }
    }

    @Test
    void noPlaceholderIsLeftUnfilledInAnyRenderedExample() throws Exception {
        // Markdown escapes braces, so a placeholder left in a phrase shows there as \{name\}
        Pattern left = Pattern.compile("\\\\?\\{[a-z][a-z0-9_]*\\\\?}|\\$\\{");
        List<Examples.Page> pages = Examples.pages();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(12);
        for (Examples.Page page : pages) {
            for (String out : List.of(page.rendered().html(), page.rendered().markdown())) {
                Matcher m = left.matcher(out);
                assertThat(m.find() ? m.group() : "").as(page.toString()).isEmpty();
            }
        }
    }

    @Test
    void labelsAndHeadingsHaveNoPlaceholders() throws Exception {
        for (Language l : Language.values()) {
            phrases(l).forEach((key, value) -> {
                if (PhraseCatalogue.STATIC_PREFIXES.stream().anyMatch(key::startsWith)) {
                    assertThat(Phrasebook.PLACEHOLDER.matcher(value).find()).as(key).isFalse();
                }
            });
        }
    }

    @Test
    void duplicateKeysAndNonTextValuesAreRejected() {
        assertThatThrownBy(() -> PhraseCatalogue.parse("a: x\na: y\n", "dup.yaml"))
                .isInstanceOf(RenderException.class).hasMessageContaining("dup.yaml");
        assertThatThrownBy(() -> PhraseCatalogue.parse("a:\n  b: 12\n", "num.yaml"))
                .isInstanceOf(RenderException.class).hasMessageContaining("a.b").hasMessageContaining("must be text");
    }

    @Test
    void aPlaceholderWithoutAValueIsReportedByName() throws Exception {
        PhraseCatalogue catalogue = PhraseCatalogue.load(TemplateSource.of(Path.of("templates")));
        assertThatThrownBy(() -> catalogue.in(Language.FI).get("document.version", "version", "1.0"))
                .isInstanceOf(ViewException.class).hasMessageContaining("{date}").hasMessageContaining("document.version");
    }
}
