package id.bansos.ledger.kpm;

/** The household is no longer on the roster; its open entitlements are revoked alongside. */
public record HouseholdDroppedFromRoster(String householdId, String importId) implements HouseholdEvent {
}
