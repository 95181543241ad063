package id.bansos.ledger.kpm;

/** The bank rejected a payment (reason code such as AC01, AC04, AC06, MD07); the money never left. */
public record PaymentRejected(String householdId, String reference, long amount, String reasonCode, String source)
        implements HouseholdEvent {
}
