package id.bansos.reconciliation.matching;

/** What happens to a manual match of a suspense entry; each names who acted. */
public sealed interface SuspenseMatchEvent permits SuspenseMatchEvent.Proposed, SuspenseMatchEvent.Approved,
        SuspenseMatchEvent.Rejected {

    /** The suspense entry (its {@code recon_exception} id). */
    long entryId();

    /** Someone proposed that the entry is the payment {@code reference}, saying why. */
    record Proposed(long entryId, String reference, String reason, String proposedBy) implements SuspenseMatchEvent {
    }

    /** A second person approved the proposed match; the payment's outcome follows from the entry. */
    record Approved(long entryId, String reference, String approvedBy) implements SuspenseMatchEvent {
    }

    /** A second person rejected the proposed match; the entry stays in suspense. */
    record Rejected(long entryId, String reference, String reason, String rejectedBy) implements SuspenseMatchEvent {
    }
}
