package id.bansos.ledger.kpm;

/** A household appeared on the roster for the first time, with everything the roster said about it. */
public record HouseholdRegistered(String householdId, HouseholdRecord record, String importId)
        implements HouseholdEvent {
}
