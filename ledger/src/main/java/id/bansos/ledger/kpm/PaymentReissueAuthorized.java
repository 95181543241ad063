package id.bansos.ledger.kpm;

/**
 * A rejected or returned payment may be paid again: the next cycle schedules the entitlement as a new attempt with a
 * new reference, in a batch that needs its own approval, through the household's channel at that time, or in cash by
 * PT Pos when {@code viaPos} (the fallback when a bank account does not work).
 */
public record PaymentReissueAuthorized(String householdId, String reference, String reason, String authorizedBy,
                                       boolean viaPos) implements HouseholdEvent {
}
