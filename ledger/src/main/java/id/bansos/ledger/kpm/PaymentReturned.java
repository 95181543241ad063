package id.bansos.ledger.kpm;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Money that had left for the household came back to the holding account: returned by the bank (AC04, MD07 …),
 * swept back unclaimed ({@code NOCL}), or not collected at PT Pos ({@code NOT_COLLECTED}). It is owed to the treasury.
 *
 * @param afterCredit whether the money had been credited to the household before it came back
 */
public record PaymentReturned(String householdId, String reference, String program, YearMonth period, String channel,
                              long amount, String reasonCode, LocalDate bookedOn, boolean afterCredit, String source)
        implements HouseholdEvent {
}
