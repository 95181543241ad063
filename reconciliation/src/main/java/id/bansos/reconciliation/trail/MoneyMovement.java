package id.bansos.reconciliation.trail;

/**
 * What can happen to money in a bansos cycle, as the ledger learns it. Each movement becomes exactly one posting
 * (see {@link PostingRules}).
 */
public sealed interface MoneyMovement {

    /** Where the money is tracked. */
    TrailKey key();

    /** Whole rupiah moved. */
    long amount();

    /** The treasury transferred a batch's funds (SP2D) to the channel's holding account. */
    record Funded(TrailKey key, String batchId, long amount) implements MoneyMovement {
    }

    /** A payment line was sent to the bank or PT Pos. */
    record Instructed(TrailKey key, String reference, long amount) implements MoneyMovement {
    }

    /** The bank credited the household (or PT Pos paid out). */
    record Credited(TrailKey key, String reference, long amount) implements MoneyMovement {
    }

    /** The bank rejected the payment; the money stays at the channel, owed back. */
    record Rejected(TrailKey key, String reference, long amount) implements MoneyMovement {
    }

    /** A credited payment came back (account closed, reversal) or was swept back unclaimed. */
    record ReturnedAfterCredit(TrailKey key, String reference, long amount) implements MoneyMovement {
    }

    /** The bank credited the same payment a second time, out of the holding account. */
    record DoubleCredited(TrailKey key, String reference, long amount) implements MoneyMovement {
    }

    /** Returned money was deposited to kas negara. */
    record DepositedToTreasury(TrailKey key, String depositReference, long amount) implements MoneyMovement {
    }

    /** The holding account moved money that matches no payment line. */
    record IntoSuspense(TrailKey key, String bankReference, long amount) implements MoneyMovement {
    }

    /** A suspense entry was matched to a payment that had come back. */
    record SuspenseMatchedToReturn(TrailKey key, String reference, long amount) implements MoneyMovement {
    }
}
