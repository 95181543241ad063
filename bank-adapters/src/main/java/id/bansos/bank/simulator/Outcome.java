package id.bansos.bank.simulator;

/** What the simulated bank or PT Pos did with one payment. */
public enum Outcome {
    /** Credited on the execution date and withdrawn by the KPM. */
    CREDITED,
    /** Credited twice on the execution date (the bank's error), withdrawn once. */
    DOUBLE_CREDITED,
    /** Credited, then returned to the holding account with a return reason. */
    RETURNED,
    /** Credited, never withdrawn, swept back to the holding account with reason {@code NOCL}. */
    UNCLAIMED_SWEPT,
    /** Rejected with a status reason; never booked. */
    REJECTED,
    /** Paid out in cash by PT Pos. */
    POS_PAID,
    /** Not collected at PT Pos. */
    POS_NOT_COLLECTED
}
