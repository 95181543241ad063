package id.bansos.ledger.kpm;

import java.time.LocalDate;

/**
 * Money that had left for the household came back to the holding account: returned by the bank (AC04, MD07 …),
 * swept back unclaimed ({@code NOCL}), or not collected at PT Pos ({@code NOT_COLLECTED}). It is owed to the treasury.
 */
public record PaymentReturned(String householdId, String reference, long amount, String reasonCode,
                              LocalDate bookedOn, String source) implements HouseholdEvent {
}
