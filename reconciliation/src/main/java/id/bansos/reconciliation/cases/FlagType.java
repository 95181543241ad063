package id.bansos.reconciliation.cases;

/** The failure modes reconciliation flags (see the domain's failure modes), each opening or joining a case. */
public enum FlagType {
    /** The bank credited a payment twice. */
    DOUBLE_CREDIT,
    /** A returned file's line names a payment but disagrees with it (amount, channel, account, state). */
    RECONCILIATION_BREAK,
    /** Money moved on a holding account that matches no payment line. */
    SUSPENSE,
    /** Credited money not withdrawn in time, swept back unclaimed, or cash not collected at PT Pos. */
    UNCLAIMED,
    /** Money rejected or returned, to be deposited to kas negara. */
    RETURNED_TO_DEPOSIT,
    /** The same NIK (of any member) in two households paid in one period. */
    DUPLICATE_NIK,
    /** The same No. KK in two households paid in one period (in one programme, or across programmes). */
    DUPLICATE_KK,
    /** The same bank account receiving for more than one household in one period. */
    SHARED_ACCOUNT,
    /** Returned money not deposited to kas negara by the deadline. */
    RETURN_NOT_DEPOSITED,
    /** A member or the pengurus recorded deceased, by the roster or the bank, in a household paid or held. */
    DECEASED,
    /** A paid household's desil above the configured limit (an inclusion error). */
    DESIL_OUT_OF_RANGE,
    /** The amount paid differs from the household's entitlement as it stands now. */
    AMOUNT_MISMATCH,
    /** PT Pos reported a payout without its signature, photo or geotag. */
    POS_NO_PROOF,
    /** The same household paid twice in one program and period (across batches, attempts or channels). */
    DOUBLE_PAYMENT,
    /** One household paid in two programs configured as mutually exclusive, in one period. */
    PROGRAM_OVERLAP,
    /** The money trail broke an invariant (postings not summing to zero, funded not accounted for, an overdraft). */
    TRAIL_VIOLATION,
    /** Someone complained for the household: not received, wrong amount, withdrawn by another, wrong person listed. */
    COMPLAINT
}
