package id.bansos.bank.statement;

/** How serious a {@link Problem} is. Any {@link #ERROR} refuses the document. */
public enum Severity {
    /** The document, or a figure in it, cannot be trusted: it is refused. */
    ERROR,
    /** Unexpected but usable; shown to the operator. */
    WARNING,
    /** Worth knowing, nothing wrong. */
    INFO
}
