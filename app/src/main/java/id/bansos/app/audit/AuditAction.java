package id.bansos.app.audit;

/** What an audit entry records someone doing. */
public enum AuditAction {
    /** Saw a record with NIK, KK or account number unmasked. */
    VIEW_PERSONAL_DATA,
    /** Searched households by a personal identifier. */
    SEARCH,
    /** Downloaded a report or a file. */
    EXPORT,
    /** Submitted a batch for approval. */
    SUBMIT,
    /** Approved a batch or a manual match. */
    APPROVE,
    /** Rejected a batch or a manual match. */
    REJECT,
    /** Resolved, noted or acted on an investigation case. */
    CASE_ACTION,
    /** Lodged a complaint on behalf of a household. */
    COMPLAINT,
    /** Asked the status endpoint whether a NIK was paid. */
    STATUS_QUERY
}
