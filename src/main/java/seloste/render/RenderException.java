package seloste.render;

/**
 * A notice could not be rendered: a template or phrase catalogue is broken, or the notice refers
 * to something that does not exist. The message says what and where in plain words, for example
 * {@code Template html/notice.ftlh, line 12, column 5: ...}.
 */
public final class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
