package seloste.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.w3c.dom.Document;

/**
 * Every PDF a build publishes, for every example notice in every language, and for a notice made
 * of the longest compounds: PDF/A-3u and PDF/UA-1 by veraPDF, text inside the page, embedded
 * fonts, title and language, one bookmark per section, page numbers, and pages that are full.
 */
class PdfFilesTest {

    /** The {@code @page} margin of notice.css, 2 cm, in points. */
    private static final float MARGIN = 2f / 2.54f * 72f;

    private static List<Path> pdfs;

    @BeforeAll
    static void build() {
        VeraGreenfieldFoundryProvider.initialise();
        pdfs = new ArrayList<>(ExampleSite.each(".pdf"));
        for (String lang : ExampleSite.LANGUAGES) {
            pdfs.add(ExampleSite.longWords().resolve(lang).resolve("long-words.pdf"));
        }
    }

    /** veraPDF parses each file once and validates it against both profiles. */
    @Test
    void everyPdfIsPdfA3uAndPdfUa1ByVeraPdf() throws Exception {
        List<PDFAFlavour> flavours = List.of(PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1);
        List<String> failures = new ArrayList<>();
        int validated = 0;
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAValidator validator = foundry.createValidator(flavours)) {
            for (Path pdf : pdfs) {
                try (PDFAParser parser = foundry.createParser(pdf.toFile())) {
                    for (ValidationResult result : validator.validateAll(parser)) {
                        validated++;
                        if (!result.isCompliant()) {
                            failures.add(pdf + " " + result.getPDFAFlavour().getId() + ": " + result.getTestAssertions()
                                    .stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                                            + a.getMessage()).distinct().collect(Collectors.joining("; ")));
                        }
                    }
                }
            }
        }
        assertThat(failures).as("veraPDF").isEmpty();
        assertThat(validated).isEqualTo(2 * (3 * ExampleSite.notices().size() + 3));
    }

    @Test
    void veraPdfRejectsAPdfThatIsNeither() throws Exception {
        byte[] plain;
        try (PDDocument doc = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            page.setResources(new PDResources());
            doc.addPage(page);
            doc.save(out);
            plain = out.toByteArray();
        }
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAValidator validator = foundry.createValidator(List.of(PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1));
                PDFAParser parser = foundry.createParser(new java.io.ByteArrayInputStream(plain), PDFAFlavour.PDFA_3_U)) {
            assertThat(validator.validateAll(parser)).hasSize(2).noneMatch(ValidationResult::isCompliant);
        }
    }

    @Test
    void noTextRunsIntoTheMarginsOrOffThePage() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    PDRectangle box = doc.getPage(p - 1).getMediaBox();
                    for (TextPosition t : positions(doc, p)) {
                        boolean inside = t.getXDirAdj() >= MARGIN - 1 && t.getXDirAdj() + t.getWidthDirAdj()
                                <= box.getWidth() - MARGIN + 1 && t.getYDirAdj() >= 0 && t.getYDirAdj() <= box.getHeight();
                        if (!inside && t.getUnicode().isBlank()) {
                            continue;
                        }
                        if (!inside) {
                            outside.add(pdf.getFileName() + " page " + p + ": '" + t.getUnicode() + "' at x="
                                    + t.getXDirAdj());
                        }
                    }
                }
            }
        }
        assertThat(outside).as("glyphs outside the 2 cm margins").isEmpty();
    }

    @Test
    void longCompoundsAreWrappedNotCut() throws IOException {
        String text = text(ExampleSite.longWords().resolve("fi/long-words.pdf")).replaceAll("\\s+", "");
        assertThat(text).contains("Työeläkevakuutusmaksuperusteluonnosehdotuskeskus Oy".replace(" ", ""),
                "tyoelakevakuutusmaksuperusteluonnosehdotus_istuntotunniste",
                "Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilaiden",
                "Kolmivaihevaihtovirtatasasuuntaajakytkentätiedot");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : doc.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        assertThat(resources.getFont(name).isEmbedded()).as(pdf + " " + name.getName()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void titleLanguageBookmarksAndPageNumbersMatchThePage() throws IOException {
        for (String lang : ExampleSite.LANGUAGES) {
            for (String id : ExampleSite.notices()) {
                Path pdf = ExampleSite.out().resolve(lang).resolve(id + ".pdf");
                Document html = ExampleSite.xml(ExampleSite.read(ExampleSite.out().resolve(lang).resolve(id + ".html")));
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    assertThat(doc.getDocumentCatalog().getLanguage()).as(pdf.toString()).isEqualTo(lang);
                    assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(Xhtml.text(html, "//h:title"));
                    List<PDOutlineItem> top = new ArrayList<>();
                    doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
                    assertThat(top).extracting(PDOutlineItem::getTitle).containsExactly(Xhtml.text(html, "//h:h1"));
                    List<String> sections = new ArrayList<>();
                    top.get(0).children().forEach(i -> sections.add(i.getTitle()));
                    assertThat(sections).as(pdf.toString()).containsExactlyElementsOf(Xhtml.texts(html, "//h:main//h:h2"));
                    int pages = doc.getNumberOfPages();
                    for (int p = 1; p <= pages; p++) {
                        assertThat(text(doc, p)).as(pdf + " page " + p).contains(p + " / " + pages);
                    }
                }
            }
        }
    }

    /**
     * Sections flow: no page but the last ends early, so no forced break or unbreakable block
     * leaves a page half empty. The lowest line of text above the page number is measured.
     */
    @Test
    void pagesAreFilledBeforeTheNextBegins() throws IOException {
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                for (int p = 1; p < doc.getNumberOfPages(); p++) {
                    float height = doc.getPage(p - 1).getMediaBox().getHeight();
                    float contentBottom = height - MARGIN;
                    float lowest = 0;
                    for (TextPosition t : positions(doc, p)) {
                        if (t.getYDirAdj() <= contentBottom) {
                            lowest = Math.max(lowest, t.getYDirAdj());
                        }
                    }
                    float filled = (lowest - MARGIN) / (contentBottom - MARGIN);
                    assertThat(filled).as("%s page %d is filled to %.0f %%", pdf, p, filled * 100).isGreaterThan(0.75f);
                }
            }
        }
    }

    private static List<TextPosition> positions(PDDocument doc, int page) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                positions.addAll(textPositions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return positions;
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
