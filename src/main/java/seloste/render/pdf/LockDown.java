package seloste.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.BiPredicate;

/**
 * Stops openhtmltopdf from loading anything: no files, no network, no classpath, no data URIs.
 * An image or stylesheet in the input is simply left out. Fonts passed to the builder directly
 * are not affected.
 */
final class LockDown {

    /** The base URI documents are rendered against; relative references resolve to nothing. */
    static final String BASE_URI = "about:blank";

    private static final BiPredicate<String, ExternalResourceType> DENY_ALL = (uri, type) -> false;

    private static final FSStream NOTHING = new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    };

    private static final FSStreamFactory DENY_STREAMS = url -> NOTHING;

    private LockDown() {
    }

    /** Applies every restriction to the builder. */
    static void apply(PdfRendererBuilder builder) {
        builder.useExternalResourceAccessControl(DENY_ALL, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(DENY_ALL, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useProtocolsStreamImplementation(DENY_STREAMS,
                "http", "https", "file", "jar", "ftp", "data", "classpath");
        builder.useUriResolver((base, relative) -> null);
    }
}
