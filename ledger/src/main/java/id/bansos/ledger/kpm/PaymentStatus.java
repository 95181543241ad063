package id.bansos.ledger.kpm;

/** Where one payment line is. */
public enum PaymentStatus {
    /** In a batch, not yet sent to the channel. */
    SCHEDULED,
    /** Taken out of its batch before export; the entitlement may be scheduled again. */
    RELEASED;

    /** Whether this payment still stands in the way of another attempt for the same program and period. */
    public boolean blocksAnotherAttempt() {
        return this != RELEASED;
    }
}
