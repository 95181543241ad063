package id.bansos.reconciliation.matching.axon;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands a manual match of a suspense entry accepts; the match's id is {@code SUSPENSE-<entry id>}. */
public final class SuspenseMatchCommands {

    private SuspenseMatchCommands() {
    }

    /** The id of the match of one suspense entry. */
    public static String matchId(long entryId) {
        return "SUSPENSE-" + entryId;
    }

    /** Propose the payment an entry in suspense is. */
    public record ProposeMatch(@TargetAggregateIdentifier String matchId, long entryId, String reference,
                               String reason, String user) {
    }

    /** Approve the proposed match (a second person). */
    public record ApproveMatch(@TargetAggregateIdentifier String matchId, String user) {
    }

    /** Reject the proposed match (a second person). */
    public record RejectMatch(@TargetAggregateIdentifier String matchId, String reason, String user) {
    }
}
