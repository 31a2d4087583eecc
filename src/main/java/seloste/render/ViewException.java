package seloste.render;

/**
 * A problem found while building the view: a missing phrase, a placeholder with no value, a
 * reference that does not resolve. Thrown inside the package and turned into a
 * {@link RenderException} by the entry point.
 */
final class ViewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ViewException(String message) {
        super(message);
    }
}
