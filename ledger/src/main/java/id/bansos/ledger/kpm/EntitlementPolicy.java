package id.bansos.ledger.kpm;

import java.time.YearMonth;
import java.util.List;

/** Port: what a household is entitled to in a period, under the program rules in force. */
public interface EntitlementPolicy {

    /** One entitlement per program that pays the household in the period; empty when none does. */
    List<Entitlement> entitlementsFor(HouseholdRecord household, YearMonth period);
}
