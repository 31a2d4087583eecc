package seloste.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Removes everything from a rendered PDF that would change between runs: the dates become the
 * given instant in UTC (Info and XMP alike), the trailer /ID becomes a hash of the input, and the
 * sRGB OutputIntent is written from the raw ICC bytes instead of going through
 * {@code java.awt.color.ICC_Profile}, whose output differs between JDKs.
 */
final class Reproducible {

    private static final String SRGB = "sRGB IEC61966-2.1";

    private Reproducible() {
    }

    /** Applies all fixes to {@code pdf} in place, before it is saved. */
    static void apply(PDDocument pdf, Instant created, byte[] icc, byte[] fingerprint)
            throws IOException, PdfRenderException {
        Calendar fixed = utc(created);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(fixed);
        info.setModificationDate(fixed);
        fixXmpDates(pdf, fixed);
        addOutputIntent(pdf, icc);
        COSArray id = new COSArray();
        id.add(new COSString(fingerprint));
        id.add(new COSString(fingerprint));
        pdf.getDocument().setDocumentID(id);
    }

    /** The first 16 bytes of SHA-256 over the XHTML and the creation instant. */
    static byte[] fingerprint(String xhtml, Instant created) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(xhtml.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(created.truncatedTo(ChronoUnit.SECONDS).toString().getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Calendar utc(Instant created) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(created.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return calendar;
    }

    private static void fixXmpDates(PDDocument pdf, Calendar fixed) throws IOException, PdfRenderException {
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            throw new PdfRenderException("the PDF has no XMP metadata, so it cannot be PDF/A");
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema() != null
                    ? xmp.getXMPBasicSchema() : xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(fixed);
            basic.setModifyDate(fixed);
            if (basic.getMetadataDate() != null) {
                basic.setMetadataDate(fixed);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            // the same fix-up openhtmltopdf applies to its own XMP
            String text = out.toString(StandardCharsets.UTF_8)
                    .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
            metadata.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
        } catch (XmpParsingException | TransformerException e) {
            throw new PdfRenderException("could not rewrite the XMP metadata: " + e.getMessage(), e);
        }
    }

    private static void addOutputIntent(PDDocument pdf, byte[] icc) throws IOException {
        COSStream profile = pdf.getDocument().createCOSStream();
        try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(icc);
        }
        profile.setInt(COSName.N, 3);
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.GTS_PDFA1);
        intent.setString(COSName.OUTPUT_CONDITION_IDENTIFIER, SRGB);
        intent.setString(COSName.INFO, SRGB);
        intent.setString(COSName.REGISTRY_NAME, "http://www.color.org");
        intent.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        pdf.getDocumentCatalog().addOutputIntent(new PDOutputIntent(intent));
    }
}
