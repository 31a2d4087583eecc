package seloste.render.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRRuntimeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns the XHTML of a privacy notice into a PDF that is PDF/A-3u and PDF/UA-1 at once.
 *
 * <p>The PDF embeds subsets of the bundled DejaVu fonts, takes its title, subject and language
 * from the HTML, has one bookmark per {@code <h1>} and {@code <h2>}, and its bytes depend only on
 * the input: the same XHTML and {@code created} instant give the same file on any machine.
 * Nothing is loaded from files or the network; images and external stylesheets in the input are
 * left out. One instance can serve many renders, also from several threads at once.
 */
public final class PdfRenderer {

    private static final float A4_WIDTH_MM = 210f;
    private static final float A4_HEIGHT_MM = 297f;
    /** The system property PDFBox reads, at every stream it compresses, for the zlib level (0-9). */
    private static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";
    /**
     * zlib's level 4, not its default 6: the lowest level that still looks one byte ahead for a longer match.
     * Compressing took 12 % of the time of a PDF at 6; at 4 a PDF takes 5 % less time and is 4.6 %
     * larger. Level 1 saved another 2 % of the time but made files 15 % larger than 6.
     */
    private static final String LEVEL = "4";

    private final BundledResources resources;
    private final ParsedFonts fonts;
    /**
     * The metrics of each face, by family, weight and style, from the first render that measured it. A
     * face's metrics are the same in every document; without them at hand, openhtmltopdf embeds every
     * fallback face to measure it (all four DejaVu Sans faces in a notice that sets two), and PDFBox
     * then subsets the two that no page uses.
     */
    private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();
    private final String producer;
    private final boolean widthTable;

    /**
     * Reads the fonts, the ICC profile and the base stylesheet from the classpath, and keeps
     * openhtmltopdf from printing its own log.
     */
    public PdfRenderer() {
        this(true);
    }

    /**
     * @param widthTable whether text is measured and drawn through {@link TextWidths}; without it the PDF
     *     is rendered as openhtmltopdf alone renders it, which a test compares with
     */
    PdfRenderer(boolean widthTable) {
        this.widthTable = widthTable;
        this.resources = BundledResources.load();
        this.fonts = new ParsedFonts(resources);
        String version = PdfRenderer.class.getPackage().getImplementationVersion();
        this.producer = version == null ? "seloste" : "seloste " + version;
        XRLog.setLoggerImpl(new SilentLogger());
        // set here, whatever was set before: the bytes of a PDF depend on it
        System.setProperty(DEFLATE_LEVEL, LEVEL);
    }

    /**
     * Renders one document.
     *
     * @param xhtml a complete, well-formed XHTML document with {@code lang}, {@code <title>} and
     *     {@code <meta name="subject">}
     * @param created the creation and modification date written into the PDF
     * @return the bytes of the PDF file
     * @throws PdfRenderException if the input is not well-formed, lacks what PDF/UA needs, or the
     *     renderer reports a problem that would make the PDF wrong (such as text without a font)
     */
    public byte[] render(String xhtml, Instant created) throws PdfRenderException {
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(created, "created");
        DomPreparation preparation = new DomPreparation(resources.baseCss());
        FatalDiagnostics diagnostics = new FatalDiagnostics();
        PdfRendererBuilder builder = builder(xhtml, preparation, diagnostics);
        ParsedFonts.Faces faces = fonts.take();
        try (PdfBoxRenderer renderer = build(builder, preparation)) {
            faces.addTo(renderer.getFontResolver(), renderer.getPdfDocument());
            if (widthTable) {
                renderer.getSharedContext().setTextRenderer(new TextWidths(renderer.getSharedContext()));
            }
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                diagnostics.throwIfAny();
                Reproducible.apply(pdf, created, resources.icc(), Reproducible.fingerprint(xhtml, created));
                ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
                pdf.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new PdfRenderException("could not write the PDF: " + e.getMessage(), e);
        } finally {
            // saved or failed, the document no longer reads from the fonts
            fonts.give(faces);
        }
    }

    private static PdfBoxRenderer build(PdfRendererBuilder builder, DomPreparation preparation)
            throws PdfRenderException {
        PdfBoxRenderer renderer;
        try {
            renderer = builder.buildPdfRenderer();
        } catch (XRRuntimeException e) {
            throw ParseFailure.explain(e);
        }
        if (preparation.problem().isPresent()) {
            renderer.close();
            throw new PdfRenderException(preparation.problem().get());
        }
        return renderer;
    }

    private PdfRendererBuilder builder(String xhtml, DomPreparation preparation, FatalDiagnostics diagnostics) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.withProducer(producer);
        builder.useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM);
        builder.withDiagnosticConsumer(diagnostics);
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, metrics);
        LockDown.apply(builder);
        builder.addDOMMutator(preparation);
        builder.withHtmlContent(xhtml, LockDown.BASE_URI);
        return builder;
    }
}
