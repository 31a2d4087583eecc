package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import seloste.model.Art9Condition;
import seloste.model.Language;
import seloste.model.LegalBasis;
import seloste.model.Purpose;

/**
 * The rights stated are chosen by the legal bases the notice relies on (RULES-AND-TERMS §2):
 * portability only with consent or contract, the Art. 21(1) objection only with public task or
 * legitimate interests, the direct-marketing objection as its own block, withdrawal only with consent.
 */
class RightsSelectionTest {

    private static final String PORTABILITY = "id=\"right-portability\"";
    private static final String OBJECTION = "<section class=\"objection\" aria-labelledby=\"right-objection\">";
    private static final String DIRECT_MARKETING =
            "<section class=\"objection\" aria-labelledby=\"right-direct-marketing\">";
    private static final String WITHDRAWAL = "id=\"right-withdrawal\"";

    private static String html(Purpose... purposes) throws RenderException {
        return HtmlMarkdownRendererTest.render(Fixtures.withPurposes(List.of(purposes)), Language.FI).html();
    }

    private static Purpose purpose(LegalBasis basis) {
        return Fixtures.purpose(basis.keyword().replace('_', '-'), "Tarkoitus " + basis.keyword(), basis, false);
    }

    @Test
    void accessRectificationErasureRestrictionAndComplaintAreAlwaysStated() throws Exception {
        for (LegalBasis basis : LegalBasis.values()) {
            assertThat(html(purpose(basis))).as(basis.keyword()).contains("id=\"right-access\"", "id=\"right-rectification\"",
                    "id=\"right-erasure\"", "id=\"right-restriction\"", "id=\"exercising-rights\"", "id=\"complaint\"",
                    "viimeistään kuukauden kuluessa pyynnön vastaanottamisesta", "(tietosuoja-asetuksen 77 artikla)");
        }
    }

    @Test
    void portabilityIsStatedWithContractOrConsentOnly() throws Exception {
        assertThat(html(purpose(LegalBasis.CONTRACT))).contains(PORTABILITY)
                .contains("Oikeus koskee seuraavia käsittelyn tarkoituksia: Tarkoitus contract.");
        assertThat(html(purpose(LegalBasis.CONSENT))).contains(PORTABILITY);
        assertThat(html(purpose(LegalBasis.LEGAL_OBLIGATION))).doesNotContain(PORTABILITY);
        assertThat(html(purpose(LegalBasis.LEGITIMATE_INTERESTS))).doesNotContain(PORTABILITY);
        assertThat(html(purpose(LegalBasis.LEGAL_OBLIGATION), purpose(LegalBasis.LEGITIMATE_INTERESTS)))
                .doesNotContain(PORTABILITY);
        assertThat(html(purpose(LegalBasis.PUBLIC_TASK), purpose(LegalBasis.VITAL_INTERESTS))).doesNotContain(PORTABILITY);
    }

    @Test
    void theObjectionBlockIsStatedWithPublicTaskOrLegitimateInterestsOnly() throws Exception {
        assertThat(html(purpose(LegalBasis.LEGITIMATE_INTERESTS))).contains(OBJECTION)
                .contains("Oikeus koskee seuraavia käsittelyn tarkoituksia: Tarkoitus legitimate_interests.");
        assertThat(html(purpose(LegalBasis.PUBLIC_TASK))).contains(OBJECTION);
        for (LegalBasis basis : List.of(LegalBasis.CONSENT, LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION,
                LegalBasis.VITAL_INTERESTS)) {
            assertThat(html(purpose(basis))).as(basis.keyword()).doesNotContain("class=\"objection\"");
        }
    }

    @Test
    void directMarketingGetsItsOwnObjectionBlockWhateverTheBasis() throws Exception {
        Purpose newsletter = Fixtures.purpose("newsletter", "Uutiskirje", LegalBasis.CONSENT, true);
        String consentOnly = html(newsletter);
        assertThat(consentOnly).contains(DIRECT_MARKETING, "<h3 id=\"right-direct-marketing\">Oikeus vastustaa suoramarkkinointia</h3>")
                .doesNotContain(OBJECTION);
        Purpose offers = Fixtures.purpose("offers", "Tarjoukset", LegalBasis.LEGITIMATE_INTERESTS, true);
        String both = html(offers);
        assertThat(both).contains(OBJECTION, DIRECT_MARKETING);
        int general = both.indexOf(OBJECTION);
        int marketing = both.indexOf(DIRECT_MARKETING);
        assertThat(both.substring(general, marketing)).contains("</section>");
        assertThat(html(purpose(LegalBasis.CONTRACT))).doesNotContain(DIRECT_MARKETING);
        assertThat(HtmlMarkdownRendererTest.render(Fixtures.withPurposes(List.of(offers)), Language.FI).markdown())
                .contains("### Oikeus vastustaa suoramarkkinointia\n\n> Sinulla on oikeus milloin tahansa vastustaa");
    }

    @Test
    void withdrawalIsStatedOnlyWhereConsentIsReliedOnWithEachPurposesOwnWords() throws Exception {
        String consent = html(purpose(LegalBasis.CONSENT));
        assertThat(consent).contains(WITHDRAWAL, "<dt>Tarkoitus consent</dt>\n<dd>Peruuta tilaus viestin linkistä.</dd>");
        for (LegalBasis basis : List.of(LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION, LegalBasis.LEGITIMATE_INTERESTS,
                LegalBasis.PUBLIC_TASK, LegalBasis.VITAL_INTERESTS)) {
            assertThat(html(purpose(basis))).as(basis.keyword()).doesNotContain(WITHDRAWAL);
        }
    }

    @Test
    void explicitConsentUnderArticle9AlsoGivesTheRightToWithdraw() throws Exception {
        Purpose p = purpose(LegalBasis.CONTRACT);
        Purpose health = new Purpose(p.id(), p.name(), p.description(), p.basis(), p.legitimateInterest(), p.law(),
                Optional.of(Art9Condition.EXPLICIT_CONSENT), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), p.data(), p.subjects(), p.origin());
        assertThat(html(health)).contains(WITHDRAWAL,
                "<dd>Voit peruuttaa suostumuksesi ottamalla meihin yhteyttä jäljempänä kerrotulla tavalla.</dd>");
    }

    @Test
    void erasureStatesItsLimitsWhereALegalObligationOrPublicTaskApplies() throws Exception {
        assertThat(html(purpose(LegalBasis.LEGAL_OBLIGATION)))
                .contains("Oikeus ei koske tietoja, joiden käsittely on tarpeen rekisterinpitäjän lakisääteisen velvoitteen noudattamiseksi",
                        "Rajoitus koskee seuraavia käsittelyn tarkoituksia: Tarkoitus legal_obligation.");
        assertThat(html(purpose(LegalBasis.PUBLIC_TASK)))
                .contains("Oikeus ei koske tietoja, joiden käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi");
        assertThat(html(purpose(LegalBasis.CONTRACT))).doesNotContain("Oikeus ei koske tietoja");
    }

    @Test
    void requestsGoToTheNoticesOwnWordsOrElseTheContactEmail() throws Exception {
        assertThat(html(purpose(LegalBasis.CONTRACT)))
                .contains("Voit käyttää oikeuksiasi lähettämällä pyynnön sähköpostitse osoitteeseen asiakaspalvelu@aurora.example.");
        assertThat(HtmlMarkdownRendererTest.render(Fixtures.injected("Käytä lomaketta osoitteessa https://aurora.example/oikeudet."),
                Language.FI).html()).contains("<p>Käytä lomaketta osoitteessa https://aurora.example/oikeudet.</p>");
    }
}
