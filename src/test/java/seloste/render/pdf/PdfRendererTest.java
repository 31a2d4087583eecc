package seloste.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfRendererTest {

    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
    private static final String LONG_WORD = "työeläkevakuutusmaksuperusteluonnosehdotuksessakin";
    /** Right margin of the sample's {@code @page} rule, 18 mm in points. */
    private static final float RIGHT_MARGIN = 18f / 25.4f * 72f;

    private final PdfRenderer renderer = new PdfRenderer();
    private String sample;
    private byte[] pdf;

    @BeforeAll
    void renderSample() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = PdfRendererTest.class.getResourceAsStream("/pdf/sample.fi.html")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        pdf = renderer.render(sample, CREATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3u", "ua1"})
    void isCompliantWithVeraPdf(String flavourId) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourId);
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as("veraPDF %s failures:%n%s", flavourId, failures).isTrue();
        }
    }

    @Test
    void textKeepsFinnishAndSwedishLetters() throws IOException {
        String text = text(pdf);

        assertThat(text)
                .contains("Esimerkki Oy, Äyräpääntie 5, 00990 Helsinki. Yhteyshenkilö: Åsa Öhman.")
                .contains("Du har rätt att få tillgång till dina uppgifter, få dem rättade och i vissa fall raderade. "
                        + "Förfrågningar besvaras på svenska och finska.")
                .contains("ÅÄÖ åäö: rekisteröidyllä on oikeus tehdä valitus tietosuojavaltuutetulle (tietosuoja.fi).")
                .contains("asiakassuhteen hoitaminen (sopimus, 6 artiklan 1 kohdan b alakohta)")
                .contains("Laskutustiedot 6 vuotta tilikauden päättymisestä (kirjanpitolaki)");
    }

    @Test
    void pageRulesInsidePrintMediaApply() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle media = doc.getPage(0).getMediaBox();
            assertThat(media.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
            assertThat(media.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
            assertThat(text(pdf)).contains("Sivu 1 / " + doc.getNumberOfPages());
        }
    }

    @Test
    void outlineHasTheTitleOnTopAndOneBookmarkPerSection() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDOutlineItem> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            assertThat(top).extracting(PDOutlineItem::getTitle)
                    .containsExactly("Tietosuojaseloste – Esimerkki Oy:n asiakasrekisteri");

            List<String> sections = new ArrayList<>();
            top.get(0).children().forEach(item -> sections.add(item.getTitle()));
            assertThat(sections).containsExactly(
                    "Rekisterinpitäjä",
                    "Käsittelyn tarkoitukset ja oikeusperusteet",
                    "Tietojen säilytysajat",
                    "Dina rättigheter");
        }
    }

    @Test
    void headingsWithoutIdAreBookmarkedToo() throws Exception {
        String html = minimal("<h2>Ilman tunnistetta</h2><p>Teksti.</p><h2 id=\"toinen\">Toinen</h2>", "");

        try (PDDocument doc = Loader.loadPDF(renderer.render(html, CREATED))) {
            PDOutlineItem top = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            List<String> sections = new ArrayList<>();
            top.children().forEach(item -> sections.add(item.getTitle()));
            assertThat(top.getTitle()).isEqualTo("Testi");
            assertThat(sections).containsExactly("Ilman tunnistetta", "Toinen");
        }
    }

    @Test
    void sameInputGivesSameBytesAndAnotherDateDoesNot() throws Exception {
        assertThat(renderer.render(sample, CREATED)).isEqualTo(pdf);
        assertThat(renderer.render(sample, Instant.parse("2025-06-30T12:00:00Z"))).isNotEqualTo(pdf);
    }

    @Test
    void concurrentRendersGiveTheSameBytes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> renderer.render(sample, CREATED)));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(pdf);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTableOfTextWidthsChangesNoByteOfThePdf() throws Exception {
        // every path of TextWidths: justified and letter-spaced lines, narrow cells that break words,
        // list markers, four faces and the monospace ones, a soft hyphen and a zero-width space (not
        // printed), Greek and symbols, and a character past the BMP
        String body = "<p style=\"text-align: justify\">Rekisterinpitäjä käsittelee henkilötietoja "
                + "<b>sopimuksen</b> ja <i>oikeutetun edun</i> perusteella; <b><i>Åbo</i></b> – "
                + "“personuppgiftsansvarig” § 12 € 30.</p>"
                + "<p style=\"letter-spacing: 1px\">Oikeus tutustua tietoihin</p>"
                + "<table><tr><td style=\"width: 20mm\">" + LONG_WORD + "</td><td>tieto\u00adsuoja"
                + "\u200bseloste</td></tr></table>"
                + "<ul><li>ensimmäinen</li><li>toinen</li></ul><ol><li>yksi</li><li>kaksi</li></ol>"
                + "<p><code>seloste build --out out</code> <tt>Ωmega → ⌘</tt> \ud83d\ude00</p>";
        String html = minimal(body, "p { hyphens: auto; }");

        byte[] openhtmltopdfAlone = new PdfRenderer(false).render(html, CREATED);

        assertThat(renderer.render(html, CREATED)).isEqualTo(openhtmltopdfAlone);
        assertThat(pdf).isEqualTo(new PdfRenderer(false).render(sample, CREATED));
    }

    @Test
    void metadataComesFromTheHtml() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fi");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Tietosuojaseloste – Esimerkki Oy:n asiakasrekisteri");
            assertThat(doc.getDocumentInformation().getProducer()).startsWith("seloste");
            Calendar created = doc.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(CREATED);
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(CREATED);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("Tietosuojaseloste EU:n yleisen tietosuoja-asetuksen artiklojen 13 ja 14 mukaisesti")
                    .contains("<xmp:CreateDate>2025-01-01T00:00:00+00:00</xmp:CreateDate>")
                    .contains("<xmp:ModifyDate>2025-01-01T00:00:00+00:00</xmp:ModifyDate>");
        }
    }

    @Test
    void outputIntentCarriesTheBundledIccProfileUnchanged() throws IOException {
        byte[] icc;
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/seloste/render/pdf/sRGB.icc")) {
            icc = in.readAllBytes();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            try (InputStream profile = intents.get(0).getDestOutputIntent().createInputStream()) {
                assertThat(profile.readAllBytes()).isEqualTo(icc);
            }
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsOfDejaVu() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"), "subset DejaVu");
        }
    }

    @Test
    void loadsNoFilesImagesOrNetworkResources() throws Exception {
        try (ServerSocket trap = new ServerSocket(0)) {
            trap.setSoTimeout(300);
            String html = minimal("<p>Kuvat eivät lataudu.</p>"
                    + "<img src=\"file:///etc/passwd\"/>"
                    + "<img src=\"http://127.0.0.1:9/x.png\"/>"
                    + "<img src=\"http://127.0.0.1:" + trap.getLocalPort() + "/tracker.png\" alt=\"seuranta\"/>"
                    + "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==\" alt=\"piste\"/>"
                    + "<div style=\"background-image:url(file:///etc/hostname); width:50mm; height:20mm\">tausta</div>"
                    + "<div class=\"trap\">toinen tausta</div>",
                    "div.trap { background-image: url(http://127.0.0.1:" + trap.getLocalPort() + "/bg.png); }");

            byte[] locked = renderer.render(html, CREATED);

            assertThat(text(locked)).contains("Kuvat eivät lataudu.").contains("tausta").contains("toinen tausta");
            assertThat(imageXObjects(locked)).isZero();
            assertThat(imageStreams(locked)).isZero();
            assertThatThrownBy(trap::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void longCompoundWordWrapsInsideThePage() throws IOException {
        assertThat(text(pdf).replaceAll("\\s+", "")).contains(LONG_WORD + LONG_WORD);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> outside = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDRectangle media = doc.getPage(i).getMediaBox();
                for (TextPosition p : positions(doc, i + 1)) {
                    float right = p.getXDirAdj() + p.getWidthDirAdj();
                    if (p.getXDirAdj() < 0 || right > media.getWidth() - RIGHT_MARGIN + 0.5f
                            || p.getYDirAdj() < 0 || p.getYDirAdj() > media.getHeight()) {
                        outside.add(p.getUnicode() + "@" + p.getXDirAdj() + "," + p.getYDirAdj());
                    }
                }
            }
            assertThat(outside).as("glyphs past the right margin or the page").isEmpty();
        }
    }

    @Test
    void unknownFontFamiliesFallBackToDejaVuInsteadOfLosingText() throws Exception {
        String html = minimal("<p>Hyvää päivää, Åsa.</p>", "body { font-family: serif; }");

        assertThat(text(renderer.render(html, CREATED))).contains("Hyvää päivää, Åsa.");
    }

    @Test
    void missingTitleAndSubjectFailLoudly() {
        String html = "<!DOCTYPE html><html lang=\"fi\" xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><meta charset=\"utf-8\"/></head><body><p>Ei otsikkoa.</p></body></html>";

        assertThatThrownBy(() -> renderer.render(html, CREATED))
                .isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("No document title provided")
                .hasMessageContaining("No document description provided");
    }

    @Test
    void missingLanguageFailsLoudly() {
        String html = minimal("<p>Kieli puuttuu.</p>", "").replace(" lang=\"fi\"", "");

        assertThatThrownBy(() -> renderer.render(html, CREATED))
                .isInstanceOf(PdfRenderException.class)
                .hasMessage("the <html> element has no lang attribute; PDF/UA needs the document language");
    }

    @Test
    void malformedXhtmlFailsWithThePlainReason() {
        String html = minimal("<p>Sulkematon&nbsp;kappale</p>", "");

        assertThatThrownBy(() -> renderer.render(html, CREATED))
                .isInstanceOf(PdfRenderException.class)
                .hasMessage("the XHTML is not well-formed XML: line 2, column 246: "
                        + "The entity \"nbsp\" was referenced, but not declared.");
    }

    private static String minimal(String body, String css) {
        return "<!DOCTYPE html>\n<html lang=\"fi\" xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><meta charset=\"utf-8\"/><title>Testi</title>"
                + "<meta name=\"subject\" content=\"Testiseloste\"/>"
                + "<style>body { font-family: 'DejaVu Sans'; } " + css + "</style></head>"
                + "<body><h1>Testi</h1>" + body + "</body></html>";
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static List<TextPosition> positions(PDDocument doc, int page) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                all.addAll(textPositions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return all;
    }

    private static int imageXObjects(byte[] bytes) throws IOException {
        int images = 0;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDPage page : doc.getPages()) {
                images += imageXObjects(page.getResources());
            }
        }
        return images;
    }

    private static int imageXObjects(PDResources resources) throws IOException {
        int images = 0;
        if (resources == null) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (resources.isImageXObject(name)) {
                images++;
            } else if (xobject instanceof PDFormXObject form) {
                images += imageXObjects(form.getResources());
            }
        }
        return images;
    }

    private static int imageStreams(byte[] bytes) throws IOException {
        int images = 0;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (COSObjectKey key : new ArrayList<>(doc.getDocument().getXrefTable().keySet())) {
                COSBase object = doc.getDocument().getObjectFromPool(key).getObject();
                if (object instanceof COSStream stream && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    images++;
                }
            }
        }
        return images;
    }
}
