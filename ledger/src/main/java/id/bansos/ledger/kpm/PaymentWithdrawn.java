package id.bansos.ledger.kpm;

import java.time.LocalDate;

/**
 * The KPM withdrew the money credited to its account, as the bank's claim (withdrawal) report says: the payment is no
 * longer unclaimed. Moves no programme money: it had already reached the household.
 *
 * @param withdrawnOn the day of the withdrawal, in the bank's local time
 * @param source      the evidence: the claim report's SHA-256 and line
 */
public record PaymentWithdrawn(String householdId, String reference, String channel, long amount,
                               LocalDate withdrawnOn, String source) implements HouseholdEvent {
}
