package id.bansos.bank.statement;

import java.math.BigDecimal;

/**
 * The result of checking that opening balance + credits − debits = closing balance.
 *
 * @param status          the outcome
 * @param opening         the opening balance used, or {@code null}
 * @param closing         the closing balance used, or {@code null}
 * @param expectedClosing opening + booked credits − booked debits, or {@code null} when not computed
 */
public record BalanceCheck(Status status, Balance opening, Balance closing, BigDecimal expectedClosing) {

    /** Outcome of the check. */
    public enum Status {
        /** The entries add up to the closing balance. */
        RECONCILED,
        /** They do not: the statement is refused. */
        MISMATCH,
        /** The statement does not state both an opening and a closing booked balance (a camt.054 never does). */
        NOT_STATED,
        /** Balances and entries are not all in one currency, so the arithmetic means nothing. */
        NOT_CHECKABLE
    }

    public boolean reconciles() {
        return status == Status.RECONCILED;
    }
}
