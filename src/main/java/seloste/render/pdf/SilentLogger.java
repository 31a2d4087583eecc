package seloste.render.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Keeps openhtmltopdf from printing: what matters reaches {@link FatalDiagnostics} through the
 * builder's diagnostic consumer, which still receives every diagnostic; the rest (CSS the PDF
 * engine skips, denied resource loads) is expected and is not the user's concern.
 */
final class SilentLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        // silent by design
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        // silent by design
    }

    @Override
    public void setLevel(String logger, Level level) {
        // nothing is printed at any level
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}
