package id.bansos.ledger.kpm;

import java.time.YearMonth;
import java.util.List;

/**
 * What a household is entitled to in one program and period, and why: the amount in whole rupiah, the component
 * lines that make it up, the rule version used, and whether it is payable or held (with the reasons).
 * A later determination for the same program and period replaces the earlier one.
 */
public record EntitlementDetermined(String householdId, String program, YearMonth period, long amount,
                                    EntitlementStatus status, List<String> reasons, String ruleVersion,
                                    List<EntitlementLine> lines, String importId) implements HouseholdEvent {

    /** The key of this entitlement within the household. */
    public EntitlementKey key() {
        return new EntitlementKey(program, period);
    }
}
