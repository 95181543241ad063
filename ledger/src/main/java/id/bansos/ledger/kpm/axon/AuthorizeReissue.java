package id.bansos.ledger.kpm.axon;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Authorise paying a rejected or returned payment again, naming who and why, and whether in cash by PT Pos. */
public record AuthorizeReissue(@TargetAggregateIdentifier String householdId, String reference, String reason,
                               String user, boolean viaPos) {
}
