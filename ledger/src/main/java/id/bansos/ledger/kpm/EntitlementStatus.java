package id.bansos.ledger.kpm;

/** Whether an entitlement may be paid. */
public enum EntitlementStatus {
    /** Payable in the period's cycle. */
    ELIGIBLE,
    /** Kept out of payment until the reasons are resolved. */
    HELD,
    /** No longer stands. */
    REVOKED
}
