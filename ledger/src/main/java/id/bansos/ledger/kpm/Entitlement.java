package id.bansos.ledger.kpm;

import java.time.YearMonth;
import java.util.List;

/** A household's entitlement in one program and period, with its computation. Amounts are whole rupiah. */
public record Entitlement(String program, YearMonth period, long amount, EntitlementStatus status,
                          List<String> reasons, String ruleVersion, List<EntitlementLine> lines) {

    public Entitlement {
        if (amount < 0) {
            throw new IllegalArgumentException("entitlement amount must not be negative: " + amount);
        }
        reasons = List.copyOf(reasons);
        lines = List.copyOf(lines);
    }

    /** The key of this entitlement within the household. */
    public EntitlementKey key() {
        return new EntitlementKey(program, period);
    }

    /** The event that records this entitlement for a household. */
    public EntitlementDetermined determinedFor(String householdId, String importId) {
        return new EntitlementDetermined(householdId, program, period, amount, status, reasons, ruleVersion, lines,
                importId);
    }

    /** This entitlement as it stands after a revocation. */
    public Entitlement revoked(String reason) {
        return new Entitlement(program, period, amount, EntitlementStatus.REVOKED, List.of(reason), ruleVersion, lines);
    }

    static Entitlement of(EntitlementDetermined e) {
        return new Entitlement(e.program(), e.period(), e.amount(), e.status(), e.reasons(), e.ruleVersion(),
                e.lines());
    }
}
