package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import seloste.jsonld.NoticeJsonLd;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;

/**
 * The machine-readable notice in the page's head, and the first layer of the layered notice: on the
 * notice page above the contents, in the Markdown, and as a page of its own.
 */
class FirstLayerTest {

    private static final HtmlMarkdownRenderer PAGES = HtmlMarkdownRendererTest.RENDERER;
    private static final SiteRenderer SITE = new SiteRenderer(Path.of("templates"));
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static List<Element> elements(Document d, String name) {
        NodeList list = d.getElementsByTagNameNS(XHTML, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theHeadCarriesTheJsonLdOnceAsItIsWrittenBesideThePage(Language language) throws Exception {
        Notice notice = Fixtures.full();
        Repository repo = Fixtures.repository(notice);
        Document page = HtmlMarkdownRendererTest.xml(PAGES.render(repo, notice, language).html());
        List<Element> scripts = elements(page, "script");
        assertThat(scripts).singleElement().satisfies(s -> {
            assertThat(s.getAttribute("type")).isEqualTo("application/ld+json");
            assertThat(s.getParentNode().getLocalName()).isEqualTo("head");
        });
        String embedded = scripts.get(0).getTextContent();
        String written = NoticeJsonLd.of(repo, notice, language);
        assertThat(embedded).isEqualTo(written);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(embedded)).isEqualTo(json.readTree(written));
        assertThat(json.readTree(embedded).path("@graph").isArray()).isTrue();
    }

    @Test
    void theRendererEmbedsTheJsonLdItIsGivenAndRefusesTextThatCouldEndTheScript() throws Exception {
        Notice notice = Fixtures.full();
        Repository repo = Fixtures.repository(notice);
        assertThat(PAGES.render(repo, notice, Language.EN, "{\"a\":1}").html())
                .contains("<script type=\"application/ld+json\">{\"a\":1}</script>");
        assertThatThrownBy(() -> PAGES.render(repo, notice, Language.EN, "{\"a\":\"</script>\"}"))
                .isInstanceOf(RenderException.class).hasMessageContaining("must not contain <, > or &");
    }

    @Test
    void theFirstLayerComesAfterTheIntroductionAndBeforeTheContents() throws Exception {
        Notice notice = Fixtures.full();
        String html = PAGES.render(Fixtures.repository(notice), notice, Language.FI).html();
        int intro = html.indexOf("<p class=\"version\">");
        int summary = html.indexOf("<h2 id=\"summary\">Tietosuojaseloste lyhyesti</h2>");
        int contents = html.indexOf("<nav class=\"toc\"");
        assertThat(intro).isPositive().isLessThan(summary);
        assertThat(summary).isLessThan(contents);
        String layer = html.substring(summary, contents);
        assertThat(layer).contains("<dt>Kuka käsittelee tietojasi</dt>", "<dt>Sinun oikeutesi</dt>",
                "<dd>Kirjanpito – lakisääteinen velvoite</dd>", "<dd>Uutiskirje – suostumus</dd>",
                "<dd>Tilaustiedot (Kirjanpito): 10 vuotta tilikauden päättymisestä</dd>");
        assertThat(links(layer)).containsExactly("#controller", "#purposes", "#retention", "#rights", "#contact");
        for (String href : links(layer)) {
            assertThat(html).as(href).contains("<h2 id=\"" + href.substring(1) + "\">");
        }
        assertThat(layer).contains(">Lisätietoja: 3. ");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPurposeIsNamedWithItsLegalBasisInAFewWords(Language language) throws Exception {
        Notice notice = Fixtures.full();
        String html = PAGES.render(Fixtures.repository(notice), notice, language).html();
        String layer = html.substring(html.indexOf("id=\"summary-why\""), html.indexOf("id=\"summary-how-long\""));
        assertThat(layer.split("<dd>", -1)).hasSize(notice.purposes().size() + 1);
        assertThat(layer).doesNotContain("(Article", "artikla", "artikel");
    }

    @Test
    void aRetentionRuleWithoutAPeriodPointsToItsCriteriaInsteadOfQuotingThem() throws Exception {
        Notice notice = Fixtures.full();
        String html = PAGES.render(Fixtures.repository(notice), notice, Language.EN).html();
        String layer = html.substring(html.indexOf("id=\"summary-how-long\""), html.indexOf("id=\"summary-rights\""));
        assertThat(layer).contains("(Bookkeeping): 10 years from the end of the financial year</dd>",
                        ": the criteria used to determine the retention period are set out in the full privacy notice.</dd>")
                .doesNotContain("We erase the data when the need ends");
        assertThat(html).contains("We erase the data when the need ends");
    }

    @Test
    void theMarkdownHasTheFirstLayerUnderTheSameHeadingWithLinksToTheSections() throws Exception {
        Notice notice = Fixtures.full();
        Rendered r = PAGES.render(Fixtures.repository(notice), notice, Language.EN);
        String md = r.markdown();
        int summary = md.indexOf("\n## This privacy notice in brief\n");
        assertThat(summary).isPositive().isLessThan(md.indexOf("\n## Contents\n"));
        assertThat(r.html()).contains("<h2 id=\"summary\">This privacy notice in brief</h2>");
        assertThat(md).contains("\n- Why we process your data and on what legal basis\n", "\n  - Bookkeeping – legal obligation\n",
                "\n  - [More information: 3. Purposes of the processing and legal bases](#3-purposes-of-the-processing-and-legal-bases)");
    }

    @Test
    void theSummaryPageLinksToTheSectionsOfTheFullNotice() throws Exception {
        Notice notice = Fixtures.full();
        Repository repo = Fixtures.repository(notice);
        String page = SITE.summary(repo, notice, Language.SV);
        Document d = HtmlMarkdownRendererTest.xml(page);
        assertThat(d.getDocumentElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(elements(d, "h1")).singleElement().extracting(Element::getTextContent)
                .isEqualTo("Dataskyddsbeskrivningen i korthet");
        String full = notice.id() + ".html";
        assertThat(links(page)).containsExactly("#content", full + "#controller", full + "#purposes",
                full + "#retention", full + "#rights", full + "#contact", full);
        assertThat(page).contains("<dd>Bokföring – rättslig förpliktelse</dd>", ">Läs hela dataskyddsbeskrivningen</a>")
                .doesNotContain("<nav class=\"toc\"", "<script");
    }

    @Test
    void theSummaryPageIsOnlyForTheNoticesLanguages() throws Exception {
        Notice n = Fixtures.full();
        Notice finnishOnly = new Notice(n.id(), n.controller(), n.title(), List.of(Language.FI), n.version(),
                n.effective(), n.registers(), n.contact(), n.children(), n.subjects(), n.categories(), n.purposes(),
                n.sources(), n.recipients(), n.transfers(), n.retention(), n.automatedDecisions(), n.cookies(),
                n.security(), n.rightsRequests(), n.changes(), n.origin());
        Repository repo = Fixtures.repository(finnishOnly);
        assertThat(SITE.summary(repo, finnishOnly, Language.FI)).contains("<html lang=\"fi\"");
        assertThatThrownBy(() -> SITE.summary(repo, finnishOnly, Language.SV)).isInstanceOf(RenderException.class)
                .hasMessage("The notice " + n.id() + " is not published in the language sv");
    }

    private static List<String> links(String html) {
        Matcher m = Pattern.compile("<a [^>]*href=\"([^\"]*)\"").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
