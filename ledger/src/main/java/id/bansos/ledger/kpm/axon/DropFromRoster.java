package id.bansos.ledger.kpm.axon;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The household is missing from a full roster import. */
public record DropFromRoster(@TargetAggregateIdentifier String householdId, String importId) {
}
