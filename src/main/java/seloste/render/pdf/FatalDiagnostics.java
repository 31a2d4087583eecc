package seloste.render.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.LogMessageId.LogMessageId0Param;
import com.openhtmltopdf.util.LogMessageId.LogMessageId1Param;
import com.openhtmltopdf.util.LogMessageId.LogMessageId3Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;

/**
 * Collects the openhtmltopdf diagnostics of one render that mean the PDF is wrong even though it
 * was written: missing fonts (text would silently disappear), missing metadata, broken tagging.
 * Denied resource loads are expected and are not collected. One instance serves one render on
 * one thread.
 */
final class FatalDiagnostics implements Consumer<Diagnostic> {

    private static final Set<LogMessageId> FATAL = Set.of(
            LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY,
            LogMessageId0Param.RENDER_BUG_FONT_DIDNT_CONTAIN_EXPECTED_CHARACTER,
            LogMessageId0Param.GENERAL_PDF_SPECIFIED_FONTS_DONT_CONTAIN_A_SPACE_CHARACTER,
            LogMessageId0Param.EXCEPTION_COULD_NOT_LOAD_FONT_METRICS,
            LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_TITLE_PROVIDED,
            LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_DESCRIPTION_PROVIDED,
            LogMessageId1Param.INIT_FONT_COULD_NOT_BE_LOADED,
            LogMessageId1Param.RENDER_FONT_IS_NULL,
            LogMessageId1Param.EXCEPTION_FONT_METRICS_NOT_AVAILABLE,
            LogMessageId1Param.EXCEPTION_COULD_NOT_LOAD_FONT,
            LogMessageId1Param.EXCEPTION_PDF_IN_WRITING_METHOD,
            LogMessageId1Param.EXCEPTION_UNHANDLED,
            LogMessageId3Param.GENERAL_PDF_ACCESSIBILITY_INCOMPATIBLE_CHILD);

    private final List<String> messages = new ArrayList<>();

    @Override
    public void accept(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
                && FATAL.contains(diagnostic.getLogMessageId())) {
            String message = diagnostic.getFormattedMessage();
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
    }

    /** Throws if anything fatal was reported, quoting every distinct message once. */
    void throwIfAny() throws PdfRenderException {
        if (!messages.isEmpty()) {
            throw new PdfRenderException("the PDF renderer reported problems that would make the PDF wrong: "
                    + String.join(" | ", messages));
        }
    }
}
