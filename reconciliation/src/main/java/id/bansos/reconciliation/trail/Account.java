package id.bansos.reconciliation.trail;

/**
 * The accounts of the money trail, kept per program, period and channel. Every movement of money is a posting from one
 * account to another, so the balances of all accounts always add up to zero.
 */
public enum Account {
    /** The program's budget for the period; funding draws on it, so its balance is minus what was funded. */
    BUDGET,
    /** The channel's holding account (rekening penampung): funded, not yet instructed to a household. */
    HOLDING,
    /** Instructed to the bank or PT Pos, outcome not yet known. */
    IN_FLIGHT,
    /** Credited to the household's account, or paid out in cash by PT Pos. */
    CREDITED,
    /** Came back (rejected, returned after credit, swept back unclaimed), awaiting deposit to the treasury. */
    RETURNED,
    /** Deposited to the state treasury (kas negara). */
    TREASURY,
    /** Money the bank moved that matches no payment line yet. */
    SUSPENSE
}
