package id.bansos.ledger.kpm;

/** Another member became the household's pengurus (the account holder). */
public record PengurusChanged(String householdId, Nik previousNik, Nik nik, String name, String importId)
        implements HouseholdEvent {
}
