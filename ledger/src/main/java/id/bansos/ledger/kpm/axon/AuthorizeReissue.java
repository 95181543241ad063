package id.bansos.ledger.kpm.axon;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Authorise paying a rejected or returned payment again, naming who and why. */
public record AuthorizeReissue(@TargetAggregateIdentifier String householdId, String reference, String reason,
                               String user) {
}
