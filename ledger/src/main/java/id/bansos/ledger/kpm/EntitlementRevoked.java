package id.bansos.ledger.kpm;

import java.time.YearMonth;

/** An entitlement that no longer stands (household dropped, or no longer enrolled in the program). */
public record EntitlementRevoked(String householdId, String program, YearMonth period, String reason,
                                 String importId) implements HouseholdEvent {

    /** The key of this entitlement within the household. */
    public EntitlementKey key() {
        return new EntitlementKey(program, period);
    }
}
