package seloste.cli;

/** What the process exit code means. */
final class ExitCodes {

    /** Nothing at or above the failing severity. */
    static final int OK = 0;
    /** Findings at or above the failing severity, or a notice withheld from publication. */
    static final int FINDINGS = 1;
    /** A usage error or an unreadable input path. */
    static final int USAGE = 2;
    /** An internal failure or an output folder that could not be written. */
    static final int FAILURE = 3;

    private ExitCodes() {
    }
}
