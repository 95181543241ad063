package id.bansos.ledger.kpm;

import java.time.YearMonth;

/** One program in one period: a household has at most one entitlement per key. */
public record EntitlementKey(String program, YearMonth period) {
}
