package seloste.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.DateConverter;

/**
 * Removes everything from a rendered PDF that would change between runs: the dates become the
 * given instant in UTC (Info and XMP alike), the trailer /ID becomes a hash of the input, and the
 * sRGB OutputIntent is written from the raw ICC bytes instead of going through
 * {@code java.awt.color.ICC_Profile}, whose output differs between JDKs.
 */
final class Reproducible {

    private static final String SRGB = "sRGB IEC61966-2.1";
    /** A date element of the XMP basic schema, as xmpbox writes it. */
    private static final Pattern XMP_DATE = Pattern.compile("<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\\1>");
    /** The creation date element, and the white space before it. */
    private static final Pattern XMP_CREATED = Pattern.compile("(\\s*)<xmp:CreateDate>[^<]*</xmp:CreateDate>");

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

    /**
     * MD5 over the XHTML and the creation instant, as the PDF specification suggests for the /ID (ISO
     * 32000-1, 14.4): it names the file and guards nothing, and it is three times as fast as SHA-256 in
     * the quick compiler, which has no SHA instructions.
     */
    static byte[] fingerprint(String xhtml, Instant created) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(xhtml.getBytes(StandardCharsets.UTF_8));
            md5.update((byte) 0);
            md5.update(created.truncatedTo(ChronoUnit.SECONDS).toString().getBytes(StandardCharsets.US_ASCII));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private static Calendar utc(Instant created) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(created.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return calendar;
    }

    /**
     * Sets the dates in the XMP metadata that openhtmltopdf wrote from the clock: the creation date it
     * has, and the modification date it may lack, as PDF/A wants them equal to the Info dictionary's.
     * The dates are replaced in the text as written, which keeps the rest of it byte for byte; parsing
     * and writing the whole packet again took three per cent of a PDF.
     */
    private static void fixXmpDates(PDDocument pdf, Calendar fixed) throws IOException, PdfRenderException {
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            throw new PdfRenderException("the PDF has no XMP metadata, so it cannot be PDF/A");
        }
        String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        String date = DateConverter.toISO8601(fixed);
        Matcher created = XMP_CREATED.matcher(xmp);
        if (!created.find()) {
            throw new PdfRenderException("the XMP metadata has no xmp:CreateDate to set");
        }
        String dated = XMP_DATE.matcher(xmp)
                .replaceAll(m -> "<xmp:" + m.group(1) + ">" + date + "</xmp:" + m.group(1) + ">");
        if (!dated.contains("<xmp:ModifyDate>")) {
            Matcher again = XMP_CREATED.matcher(dated);
            again.find();
            dated = dated.substring(0, again.end()) + again.group(1) + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>"
                    + dated.substring(again.end());
        }
        metadata.importXMPMetadata(dated.getBytes(StandardCharsets.UTF_8));
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
