package seloste.report;

/** How {@code seloste check} prints its findings. */
public enum ReportFormat {
    /** {@code file:line:col: severity [rule] message}, grouped per file, for people. */
    TEXT,
    JSON,
    /** SARIF 2.1.0, as GitHub code scanning uploads it. */
    SARIF,
    /** GitHub Actions workflow commands: annotations on the pull request. */
    GITHUB
}
