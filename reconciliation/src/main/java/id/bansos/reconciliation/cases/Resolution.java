package id.bansos.reconciliation.cases;

/** How an investigation case ends. */
public enum Resolution {
    /** The flag was wrong; the reason says why. */
    FALSE_POSITIVE,
    /** The money came back and its deposit to kas negara is confirmed. */
    RETURNED_TO_TREASURY,
    /** The household is to be paid again through another attempt (a new payment line that needs approval). */
    REISSUE_REQUESTED,
    /** The requested ground check (verifikasi lapangan) came back; its outcome is recorded in the reason. */
    GROUND_CHECKED,
    /** Passed on to the inspectorate or the bank; the reason names to whom. */
    ESCALATED
}
