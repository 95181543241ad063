package id.bansos.ledger.kpm;

/** Where one payment line is. */
public enum PaymentStatus {
    /** In a batch, not yet sent to the channel. */
    SCHEDULED,
    /** Taken out of its batch before export; the entitlement may be scheduled again. */
    RELEASED,
    /** Rejected by the bank; the money never left. Another attempt only through a re-issue. */
    REJECTED,
    /** The money reached the household. */
    CREDITED,
    /** The money came back after it had left. Another attempt only through a re-issue. */
    RETURNED,
    /** Rejected or returned, and authorised to be paid again as a new attempt. */
    REISSUABLE;

    /** Whether this payment still stands in the way of another attempt for the same program and period. */
    public boolean blocksAnotherAttempt() {
        return this != RELEASED && this != REISSUABLE;
    }
}
