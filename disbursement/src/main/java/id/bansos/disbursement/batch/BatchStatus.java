package id.bansos.disbursement.batch;

/** Where a batch is in its life. */
public enum BatchStatus {
    /** Built; waiting for its preparer to submit it. */
    PREPARED,
    /** Submitted; waiting for approvals. */
    SUBMITTED,
    /** Rejected by an approver; the preparer may submit it again. */
    REJECTED,
    /** All approvals it needs are in; it may be exported. */
    APPROVED,
    /** Its files are in the outbox. */
    EXPORTED
}
