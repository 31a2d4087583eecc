package seloste.render.pdf;

/**
 * Says that an XHTML document could not be turned into a valid PDF, and why, in plain words.
 */
public final class PdfRenderException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure found by checking the input or the renderer's diagnostics. */
    public PdfRenderException(String message) {
        super(message);
    }

    /** A failure caused by a lower-level exception, kept as the cause. */
    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
