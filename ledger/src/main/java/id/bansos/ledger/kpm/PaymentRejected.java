package id.bansos.ledger.kpm;

import java.time.YearMonth;

/** The bank rejected a payment (reason code such as AC01, AC04, AC06, MD07); the money never left. */
public record PaymentRejected(String householdId, String reference, String program, YearMonth period, String channel,
                              long amount, String reasonCode, String source) implements HouseholdEvent {
}
