package id.bansos.bank.statement;

import java.math.BigDecimal;

/**
 * Counts and sums of one statement.
 *
 * @param entries              entries ({@code Ntry}, {@code :61:}), whatever their status
 * @param lines                {@link StatementLine}s produced (one per transaction detail)
 * @param unbookedEntries      entries not booked (pending, information only): counted, not summed
 * @param otherCurrencyEntries entries in another currency than the statement's: counted, not summed
 * @param credits              sum of booked credit entries in the statement currency
 * @param debits               sum of booked debit entries in the statement currency
 */
public record StatementTotals(long entries, long lines, long unbookedEntries, long otherCurrencyEntries,
                              BigDecimal credits, BigDecimal debits) {
}
