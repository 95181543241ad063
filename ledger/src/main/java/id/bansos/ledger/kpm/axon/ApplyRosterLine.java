package id.bansos.ledger.kpm.axon;

import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.HouseholdRecord;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reconcile one household with its roster line and the entitlements computed for the period. */
public record ApplyRosterLine(@TargetAggregateIdentifier String householdId, HouseholdRecord record, YearMonth period,
                              List<Entitlement> entitlements, String importId) {
}
