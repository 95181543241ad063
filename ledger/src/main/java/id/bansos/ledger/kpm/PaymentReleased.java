package id.bansos.ledger.kpm;

/** A scheduled payment line was taken out of its batch before export, with the reason. */
public record PaymentReleased(String householdId, String reference, String batchId, String reason)
        implements HouseholdEvent {
}
