package id.bansos.ledger.kpm;

/** The roster reports a member of the household as deceased. */
public record MemberDied(String householdId, Nik nik, boolean wasPengurus, String importId) implements HouseholdEvent {
}
