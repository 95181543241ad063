package id.bansos.ledger.kpm;

/** The roster changed the family card number, region, address or desil of a household. */
public record HouseholdDetailsChanged(String householdId, NoKk noKk, String regionCode, String address, int desil,
                                      String importId) implements HouseholdEvent {
}
