package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Repository;

/** Rendering a whole notice with the real templates and phrases in templates/. */
class HtmlMarkdownRendererTest {

    static final HtmlMarkdownRenderer RENDERER = new HtmlMarkdownRenderer(Path.of("templates"));
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    static Rendered render(Notice notice, Language language) throws RenderException {
        return RENDERER.render(Fixtures.repository(notice), notice, language);
    }

    static Document xml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new InputSource(new StringReader(html)));
    }

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
    void theHtmlIsWellFormedXmlInEveryLanguage(Language language) throws Exception {
        String html = render(Fixtures.full(), language).html();
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        Document d = xml(html);
        Element root = d.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(XHTML);
        assertThat(root.getAttribute("lang")).isEqualTo(language.code());
        assertThat(elements(d, "main")).hasSize(1);
        assertThat(elements(d, "h1")).hasSize(1);
        assertThat(elements(d, "title").get(0).getTextContent()).contains("Aurora Kodinkone Oy");
        assertThat(html).contains("<meta charset=\"utf-8\"/>", "<meta name=\"viewport\"", "<meta name=\"subject\" content=\"");
        assertThat(Pattern.compile("&(?!amp;|lt;|gt;|quot;|#)[A-Za-z0-9]+;").matcher(html).find()).isFalse();
    }

    @Test
    void headingsNeverSkipALevel() throws Exception {
        for (Language language : Language.values()) {
            Document d = xml(render(Fixtures.full(), language).html());
            List<Integer> levels = new ArrayList<>();
            collectHeadings(d.getDocumentElement(), levels);
            assertThat(levels.get(0)).isEqualTo(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("heading %d of %s", i, levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
        }
    }

    private static void collectHeadings(Node node, List<Integer> levels) {
        if (node instanceof Element e && e.getLocalName().matches("h[1-6]")) {
            levels.add(e.getLocalName().charAt(1) - '0');
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            collectHeadings(c, levels);
        }
    }

    @Test
    void sectionsComeInOrderWithStableEnglishIdsAndATableOfContents() throws Exception {
        String html = render(Fixtures.full(), Language.FI).html();
        List<String> ids = List.of("controller", "contact", "purposes", "data", "sources", "recipients", "transfers",
                "retention", "rights", "complaint", "automated-decisions", "cookies", "security", "changes");
        int at = html.indexOf("<main");
        for (String id : ids) {
            int next = html.indexOf("<h2 id=\"" + id + "\">", at);
            assertThat(next).as(id).isGreaterThan(at);
            assertThat(html).contains("<a href=\"#" + id + "\">");
            at = next;
        }
        assertThat(html).contains("<h2 id=\"controller\">1. Rekisterinpitäjä</h2>",
                "<h2 id=\"automated-decisions\">11. Automatisoidut yksittäispäätökset, profilointi mukaan luettuna</h2>");
    }

    @Test
    void theLanguageSwitcherAndAlternatesPointAtTheOtherLanguages() throws Exception {
        String html = render(Fixtures.full(), Language.SV).html();
        assertThat(html).contains(
                "<link rel=\"alternate\" hreflang=\"fi\" href=\"../fi/customers.html\"/>",
                "<link rel=\"alternate\" hreflang=\"en\" href=\"../en/customers.html\"/>",
                "<a href=\"../fi/customers.html\" lang=\"fi\" hreflang=\"fi\">Suomi</a>",
                "<a href=\"../sv/customers.html\" lang=\"sv\" hreflang=\"sv\" aria-current=\"page\">Svenska</a>",
                "<a href=\"../en/customers.html\" lang=\"en\" hreflang=\"en\">English</a>");
        assertThat(html).doesNotContain("hreflang=\"sv\" href=");
        String md = render(Fixtures.full(), Language.SV).markdown();
        assertThat(md).contains("[Suomi](../fi/customers.md) · [English](../en/customers.md)");
    }

    @Test
    void theControllerIsPresentedWithLocalisedLabels() throws Exception {
        assertThat(render(Fixtures.full(), Language.FI).html()).contains("<dt>Y-tunnus</dt>\n<dd>1234567-8</dd>",
                "<dd>PL 12, 00101 Helsinki</dd>", "<dd><a href=\"mailto:tietosuoja@aurora.example\">",
                "<dd><a href=\"https://aurora.example\">https://aurora.example</a></dd>", "Tukholma, Ruotsi");
        assertThat(render(Fixtures.full(), Language.SV).html()).contains("<dt>FO-nummer</dt>",
                "<dd>PB 12, 00101 Helsingfors</dd>", "<dd>Revontulentie 8, 02100 Esbo</dd>");
        assertThat(render(Fixtures.full(), Language.EN).html()).contains("<dt>Business ID</dt>");
    }

    @Test
    void legalBasesTransfersAndRetentionAreWordedInEachLanguage() throws Exception {
        String fi = render(Fixtures.full(), Language.FI).html();
        assertThat(fi).contains("Käsittely perustuu sopimukseen: se on tarpeen",
                "(tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta).",
                "<dd>Yhdysvallat</dd>", "EU:n ja Yhdysvaltojen välisen tietosuojakehyksen", "(EU) 2023/1795",
                "vakiosopimuslausekkeita", "49 artiklan 1 kohdan b alakohta",
                "<dd>10 vuotta tilikauden päättymisestä</dd>", "<dd>1 vuosi ja 6 kuukautta asiakassuhteen päättymisestä</dd>",
                "<dd>6 kuukautta viimeisestä avauksesta</dd>", "<h3 id=\"retention-1\">Tilaustiedot (Kirjanpito)</h3>",
                "<h3 id=\"transfer-1\">Cloudy CRM Inc. (Yhdysvallat)</h3>", "Henkilötunnusta käsitellään toiminnassa, jossa tietosuojalaki (1050/2018) sallii sen käsittelyn",
                "Tietosuojavaltuutetun toimisto", "Lintulahdenkuja 4, 00530 Helsinki", ">istunnon ajan</td>",
                ">13 kuukautta</td>", ">15.1.2026</td>");
        String sv = render(Fixtures.full(), Language.SV).html();
        assertThat(sv).contains("Behandlingen grundar sig på avtal", "(artikel 6.1 b i dataskyddsförordningen)",
                "<dd>Förenta staterna</dd>", "standardavtalsklausuler", "<dd>10 år från räkenskapsperiodens utgång</dd>",
                "Dataombudsmannens byrå", "Fågelviksgränden 4, 00530 Helsingfors", ">under sessionen</td>", ">1 år</td>");
        String en = render(Fixtures.full(), Language.EN).html();
        assertThat(en).contains("<dd>United States</dd>", "EU-U.S. Data Privacy Framework",
                "<dd>10 years from the end of the financial year</dd>", "Office of the Data Protection Ombudsman",
                ">15 January 2026</td>");
    }

    @Test
    void withoutTransfersOneSentenceSaysDataStayInTheEuAndEea() throws Exception {
        Notice notice = Fixtures.withPurposes(Fixtures.fullPurposes());
        assertThat(render(notice, Language.FI).html())
                .contains("<p>Henkilötietoja ei siirretä Euroopan unionin (EU) tai Euroopan talousalueen (ETA) ulkopuolelle.</p>")
                .contains("Emme tee sinua koskevia päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn")
                .doesNotContain("id=\"cookies\"");
        assertThat(render(notice, Language.EN).html())
                .contains("Personal data are not transferred outside the European Union (EU) or the European Economic Area (EEA).");
    }

    @Test
    void theCookieTableHasACaptionAndColumnHeaders() throws Exception {
        String html = render(Fixtures.full(), Language.EN).html();
        assertThat(html).contains("<caption>Cookies and similar technologies we use</caption>",
                "<th scope=\"col\">Name</th>", "<th scope=\"col\">Duration</th>",
                "<tr><th scope=\"row\">_ga</th><td data-label=\"Provider\">Google Ireland Ltd</td><td data-label=\"Type\">"
                        + "Statistics</td><td data-label=\"Purpose\">Visitor statistics</td><td data-label=\"Duration\">13 months</td></tr>");
        assertThat(render(Fixtures.full(), Language.EN).markdown())
                .contains("| Name | Provider | Type | Purpose | Duration |", "| --- | --- | --- | --- | --- |",
                        "| \\_ga | Google Ireland Ltd | Statistics | Visitor statistics | 13 months |");
    }

    @Test
    void noPlaceholderIsLeftUnfilled() throws Exception {
        Pattern placeholder = Pattern.compile("\\{[a-z][a-z0-9_]*}");
        for (Language language : Language.values()) {
            for (Notice notice : List.of(Fixtures.full(), Fixtures.withPurposes(Fixtures.fullPurposes()))) {
                Rendered r = render(notice, language);
                String body = r.html().substring(r.html().indexOf("</style>"));
                assertThat(placeholder.matcher(body).find()).as("html " + language).isFalse();
                assertThat(placeholder.matcher(r.markdown()).find()).as("markdown " + language).isFalse();
            }
        }
    }

    @Test
    void renderingIsDeterministic() throws Exception {
        Notice notice = Fixtures.full();
        Repository repo = Fixtures.repository(notice);
        HtmlMarkdownRenderer other = new HtmlMarkdownRenderer(Path.of("templates"));
        for (Language language : Language.values()) {
            Rendered first = RENDERER.render(repo, notice, language);
            assertThat(RENDERER.render(repo, notice, language)).isEqualTo(first);
            assertThat(other.render(repo, notice, language)).isEqualTo(first);
        }
    }

    @Test
    void oneRendererServesManyThreadsAtOnce() throws Exception {
        Notice notice = Fixtures.full();
        Repository repo = Fixtures.repository(notice);
        Rendered expected = RENDERER.render(repo, notice, Language.SV);
        List<Rendered> results = java.util.stream.IntStream.range(0, 24).parallel().mapToObj(i -> {
            try {
                return RENDERER.render(repo, notice, Language.SV);
            } catch (RenderException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(results).allMatch(expected::equals);
    }

    @Test
    void hostileTextIsEscapedInHtml() throws Exception {
        String hostile = "<script>alert(1)</script>\" onmouseover=\"alert(2)\" javascript:alert(3) & <b>";
        Notice notice = Fixtures.injected(hostile);
        Repository repo = Fixtures.repository(notice, Fixtures.controller(hostile, "javascript:alert(4)"));
        for (Language language : Language.values()) {
            String html = RENDERER.render(repo, notice, language).html();
            assertThat(html).doesNotContain("<b>", "onmouseover=\"", "href=\"javascript");
            assertThat(html.split("<script", -1)).hasSize(2);
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;alert(2)&quot;");
            Document d = xml(html);
            // the one script is the notice as JSON-LD, in which the hostile text cannot close the element
            assertThat(elements(d, "script")).singleElement().satisfies(s -> {
                assertThat(s.getAttribute("type")).isEqualTo("application/ld+json");
                assertThat(s.getTextContent()).doesNotContain("<", ">", "&").contains("\\u003Cscript\\u003E");
            });
            assertNoLiveAttributes(d.getDocumentElement());
        }
    }

    private static void assertNoLiveAttributes(Element e) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            assertThat(a.getLocalName()).doesNotStartWith("on");
            assertThat(a.getNodeValue()).doesNotStartWithIgnoringCase("javascript:");
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                assertNoLiveAttributes(child);
            }
        }
    }

    @Test
    void hostileTextIsLiteralInMarkdown() throws Exception {
        String hostile = "**x** [a](javascript:alert(1)) <b>y</b>\n# heading | http://example.com www.example.org";
        Notice notice = Fixtures.injected(hostile);
        Repository repo = Fixtures.repository(notice, Fixtures.controller(hostile, "javascript:alert(4)"));
        for (Language language : Language.values()) {
            String md = RENDERER.render(repo, notice, language).markdown();
            String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
            assertThat(html).doesNotContain("<strong>x</strong>", "<b>", "<h1>heading", "href=\"javascript", "href=\"http://example.com")
                    .doesNotContain("href=\"www.example.org");
            assertThat(html).contains("**x** [a](javascript:alert(1)) &lt;b&gt;y&lt;/b&gt; # heading | http://example.com");
            assertThat(md).contains("http\\://example.com", "www\\.example.org").doesNotContain("\n# heading");
            Matcher row = Pattern.compile("(?m)^\\| \\\\\\*\\\\\\*x.*$").matcher(md);
            assertThat(row.find()).isTrue();
            assertThat(row.group().split("(?<!\\\\)\\|", -1)).as(row.group()).hasSize(7);
        }
    }

    @Test
    void theMarkdownFrontMatterIsValidYaml() throws Exception {
        String hostile = "Title \"quoted\" \\ and: colon\n---";
        Notice notice = Fixtures.injected(hostile);
        String md = RENDERER.render(Fixtures.repository(notice), notice, Language.FI).markdown();
        assertThat(md).startsWith("---\n");
        String frontMatter = md.substring(4, md.indexOf("\n---\n", 4));
        Object parsed = new Load(LoadSettings.builder().build()).loadFromString(frontMatter);
        assertThat(parsed).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) parsed;
        assertThat(map.get("title")).isEqualTo(hostile);
        assertThat(map.get("lang")).isEqualTo("fi");
        assertThat(map.get("version")).isEqualTo("1.10");
        assertThat(map.get("effective")).isEqualTo("2026-01-15");
        assertThat(md).contains("\n# ").contains("\n## 1. Rekisterinpitäjä\n");
    }
}
