package id.bansos.reconciliation.cases;

/** The failure modes reconciliation flags (see the domain's failure modes), each opening or joining a case. */
public enum FlagType {
    /** The bank credited a payment twice. */
    DOUBLE_CREDIT,
    /** A returned file's line names a payment but disagrees with it (amount, channel, account, state). */
    RECONCILIATION_BREAK,
    /** Money moved on a holding account that matches no payment line. */
    SUSPENSE,
    /** Credited money swept back unclaimed, or cash not collected at PT Pos. */
    UNCLAIMED,
    /** Money rejected or returned, to be deposited to kas negara. */
    RETURNED_TO_DEPOSIT,
    /** The same NIK (of any member) in two households paid in one program and period. */
    DUPLICATE_NIK,
    /** The same No. KK in two households paid in one program and period. */
    DUPLICATE_KK,
    /** The same bank account receiving for more than one household in one period. */
    SHARED_ACCOUNT,
    /** Returned money not deposited to kas negara by the deadline. */
    RETURN_NOT_DEPOSITED
}
