package id.bansos.ledger.kpm;

/** A household that had been dropped appears on the roster again (a case auditors want to see). */
public record HouseholdReturnedToRoster(String householdId, String importId) implements HouseholdEvent {
}
