package seloste.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every HTML file a build publishes, for every example notice in every language: valid HTML5 by
 * the W3C Nu HTML Checker, and built as a web team expects (language, alternates, switcher,
 * landmarks, contents, print styles, no requests). The embeddable fragment is checked inside the
 * least page that can hold it.
 */
class HtmlPagesTest {

    private static NuChecker nu;

    @BeforeAll
    static void setUp() throws Exception {
        nu = new NuChecker();
        ExampleSite.out();
    }

    @Test
    void everyPageIndexAndFragmentIsValidHtml5() throws Exception {
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (Path page : ExampleSite.pages()) {
            errors.addAll(nu.errors(name(page), ExampleSite.read(page)));
            checked++;
        }
        for (Path fragment : ExampleSite.each(".fragment.html")) {
            errors.addAll(nu.errors(name(fragment), ExampleSite.wrapped(fragment)));
            checked++;
        }
        assertThat(errors).as("Nu HTML Checker errors").isEmpty();
        assertThat(checked).isEqualTo(1 + 3 + 3 * 3 * ExampleSite.notices().size());
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        String invalid = "<!DOCTYPE html><html lang=\"fi\"><head><title>x</title></head><body>"
                + "<ul><p>not an item</p></ul><img src=\"data:,\"></body></html>";
        assertThat(nu.errors("invalid.html", invalid)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("invalid.html:1:").contains("“p” not allowed as child"))
                .anySatisfy(e -> assertThat(e).contains("“alt” attribute"));
        String styleInBody = "<!DOCTYPE html><html lang=\"fi\"><head><title>x</title></head><body>"
                + "<article><style>p{color:red}</style></article></body></html>";
        assertThat(nu.errors("style.html", styleInBody)).singleElement().asString().contains("“style” not allowed");
    }

    @Test
    void eachNoticePageHasItsLanguageAlternatesSwitcherLandmarksAndContents() {
        for (String lang : ExampleSite.LANGUAGES) {
            for (String id : ExampleSite.notices()) {
                Path file = ExampleSite.out().resolve(lang).resolve(id + ".html");
                Document page = ExampleSite.xml(ExampleSite.read(file));
                String where = name(file);
                assertThat(page.getDocumentElement().getAttribute("lang")).as(where).isEqualTo(lang);
                Set<String> others = ExampleSite.LANGUAGES.stream().filter(l -> !l.equals(lang)).collect(Collectors.toSet());
                assertThat(Xhtml.all(page, "/h:html/h:head/h:link[@rel='alternate']")).as(where)
                        .extracting(e -> e.getAttribute("hreflang") + " " + e.getAttribute("href"))
                        .containsExactlyInAnyOrderElementsOf(others.stream().map(l -> l + " ../" + l + "/" + id + ".html")
                                .toList());
                List<Element> switcher = Xhtml.all(page, "//h:header//h:nav//h:a[@hreflang]");
                assertThat(switcher).as(where).extracting(e -> e.getAttribute("lang"))
                        .containsExactlyElementsOf(ExampleSite.LANGUAGES);
                assertThat(Xhtml.all(page, "//h:nav//h:a[@aria-current='page']")).as(where).singleElement()
                        .extracting(e -> e.getAttribute("hreflang")).isEqualTo(lang);
                assertThat(Xhtml.all(page, "//h:main")).as(where).hasSize(1);
                assertThat(Xhtml.all(page, "//h:h1")).as(where).hasSize(1);
                assertThat(Xhtml.all(page, "//h:a[@class='skip-link'][@href='#content']")).as(where).hasSize(1);
                List<String> sectionIds = Xhtml.all(page, "//h:main/h:section/h:h2").stream().map(e -> e.getAttribute("id"))
                        .toList();
                assertThat(sectionIds).as(where).hasSizeGreaterThanOrEqualTo(10);
                assertThat(Xhtml.all(page, "//h:nav[@class='toc']//h:a")).as(where).extracting(e -> e.getAttribute("href"))
                        .containsExactlyElementsOf(sectionIds.stream().map(s -> "#" + s).toList());
                String css = Xhtml.text(page, "//h:style");
                assertThat(css).as(where).contains("@media print", "@page", "max-width: 40rem");
                assertThat(Xhtml.all(page, "//h:meta[@name='viewport']")).as(where).hasSize(1);
            }
        }
    }

    @Test
    void noPageOrFragmentAsksForAnythingFromOutside() {
        List<Path> all = new ArrayList<>(ExampleSite.pages());
        all.addAll(ExampleSite.each(".fragment.html"));
        Pattern fetching = Pattern.compile("(?i)<(img|iframe|object|embed|video|audio|source|picture)\\b"
                + "|@import|url\\(|@font-face|\\ssrc=|<link\\b(?![^>]*rel=\"alternate\")(?![^>]*href=\"data:)[^>]*>");
        for (Path file : all) {
            Matcher m = fetching.matcher(ExampleSite.read(file));
            assertThat(m.find() ? m.group() : "nothing").as(name(file)).isEqualTo("nothing");
        }
    }

    @Test
    void eachLanguageListsEveryNoticeWithItsVersionAndEffectiveDate() {
        for (String lang : ExampleSite.LANGUAGES) {
            Path file = ExampleSite.out().resolve(lang).resolve("index.html");
            Document index = ExampleSite.xml(ExampleSite.read(file));
            assertThat(index.getDocumentElement().getAttribute("lang")).isEqualTo(lang);
            assertThat(Xhtml.all(index, "//h:main//h:li//h:a[not(@type)]")).extracting(e -> e.getAttribute("href"))
                    .containsExactlyInAnyOrderElementsOf(ExampleSite.notices().stream().map(n -> n + ".html").toList());
            for (String id : ExampleSite.notices()) {
                Document page = ExampleSite.xml(ExampleSite.read(ExampleSite.out().resolve(lang).resolve(id + ".html")));
                String entry = "//h:main//h:li[.//h:a[@href='" + id + ".html']]";
                assertThat(Xhtml.text(index, entry + "//h:a[@href='" + id + ".html']"))
                        .isEqualTo(Xhtml.text(page, "//h:h1"));
                // the same version line as the notice itself: "Versio 1.10, voimassa 2.11.2026 alkaen"
                assertThat(Xhtml.text(index, entry + "//h:p[@class='version']"))
                        .isEqualTo(Xhtml.text(page, "//h:main/h:p[@class='version']")).matches(".*\\d.*\\d{4}.*");
                assertThat(Xhtml.all(index, entry + "//h:a[@href='" + id + ".pdf']")).hasSize(1);
            }
            assertThat(Xhtml.all(index, "/h:html/h:head/h:link[@rel='alternate']")).extracting(e -> e.getAttribute("href"))
                    .containsExactlyInAnyOrderElementsOf(ExampleSite.LANGUAGES.stream().filter(l -> !l.equals(lang))
                            .map(l -> "../" + l + "/index.html").toList());
        }
    }

    @Test
    void theFrontPageLinksToTheListInEachLanguageWordedInThatLanguage() {
        Document root = ExampleSite.xml(ExampleSite.read(ExampleSite.out().resolve("index.html")));
        assertThat(root.getDocumentElement().getAttribute("lang")).isEqualTo("fi");
        assertThat(Xhtml.all(root, "//h:main//h:a")).extracting(e -> e.getAttribute("hreflang") + " "
                + e.getAttribute("href") + " " + e.getTextContent())
                .containsExactly("fi fi/index.html Tietosuojaselosteet suomeksi",
                        "sv sv/index.html Dataskyddsbeskrivningar på svenska", "en en/index.html Privacy notices in English");
        assertThat(Xhtml.all(root, "//h:main//h:li")).extracting(e -> e.getAttribute("lang")).containsExactly("fi", "sv", "en");
        assertThat(Xhtml.all(root, "//h:h1/h:span")).extracting(e -> e.getAttribute("lang")).containsExactly("fi", "sv", "en");
    }

    @Test
    void theFragmentIsOneArticleWithItsLanguageScopedStylesAndPrefixedIds() {
        for (Path file : ExampleSite.each(".fragment.html")) {
            String fragment = ExampleSite.read(file);
            String where = name(file);
            assertThat(fragment).as(where).doesNotContain("<html", "<head", "<body", "<!DOCTYPE", "<style");
            Document doc = ExampleSite.xml(fragment);
            Element article = doc.getDocumentElement();
            assertThat(article.getTagName()).isEqualTo("article");
            assertThat(article.getAttribute("class")).isEqualTo("seloste-notice");
            assertThat(article.getAttribute("lang")).isEqualTo(file.getParent().getFileName().toString());
            List<String> ids = Xhtml.all(doc, "//*[@id]").stream().map(e -> e.getAttribute("id")).toList();
            assertThat(ids).as(where).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("seloste-"));
            assertThat(Xhtml.all(doc, "//*[starts-with(@href, '#')]")).as(where).isNotEmpty()
                    .allSatisfy(a -> assertThat(ids).contains(a.getAttribute("href").substring(1)));
            String href = Xhtml.all(doc, "/article/link[@rel='stylesheet']").get(0).getAttribute("href");
            assertThat(href).startsWith("data:text/css;charset=utf-8;base64,");
            String css = new String(Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1)),
                    StandardCharsets.UTF_8);
            assertThat(css).contains(".seloste-notice h2 {", "@media print {").doesNotContain("@page", "/*")
                    .doesNotContainPattern("(?m)(^|[\\s,])(body|html)\\b");
            for (String line : css.lines().toList()) {
                if (line.contains("{") && !line.startsWith("@")) {
                    String selectors = line.substring(0, line.indexOf('{'));
                    assertThat(selectors.split(",")).as(line)
                            .allSatisfy(s -> assertThat(s.strip()).startsWith(".seloste-notice"));
                }
            }
        }
    }

    private static String name(Path file) {
        return ExampleSite.out().relativize(file).toString().replace('\\', '/');
    }
}
