package id.bansos.reconciliation.matching;

import java.util.List;

/**
 * The four-eyes rule for matching an entry in suspense to a payment by hand: one person proposes, another approves or
 * rejects; the proposer can never approve their own match. As pure functions over the match's state, returning the
 * events that follow. An approval or rejection repeated by the same person changes nothing.
 *
 * @param entryId    the suspense entry
 * @param reference  the payment proposed, or {@code null} when nothing is proposed
 * @param proposedBy who proposed it
 * @param status     where the match stands
 * @param decidedBy  who approved or rejected it
 */
public record SuspenseMatch(long entryId, String reference, String proposedBy, Status status, String decidedBy) {

    /** Where a manual match stands. */
    public enum Status {
        /** Nothing proposed, or the last proposal was rejected. */
        OPEN,
        /** Proposed, waiting for a second person. */
        PROPOSED,
        /** Approved: the entry is matched. */
        APPROVED
    }

    /** A suspense entry nobody has matched. */
    public static SuspenseMatch open(long entryId) {
        return new SuspenseMatch(entryId, null, null, Status.OPEN, null);
    }

    /** Proposes the payment for the entry. */
    public List<SuspenseMatchEvent> propose(String paymentReference, String reason, String by) {
        requireUser(by);
        if (paymentReference == null || paymentReference.isBlank() || reason == null || reason.isBlank()) {
            throw new SuspenseMatchRefused("a manual match names the payment and why");
        }
        if (status == Status.APPROVED) {
            throw new SuspenseMatchRefused("entry " + entryId + " is already matched to " + reference);
        }
        if (status == Status.PROPOSED) {
            if (paymentReference.equals(reference) && by.equals(proposedBy)) {
                return List.of();
            }
            throw new SuspenseMatchRefused("entry " + entryId + " already has a match to " + reference
                    + " proposed by " + proposedBy + ", waiting for approval");
        }
        return List.of(new SuspenseMatchEvent.Proposed(entryId, paymentReference, reason.strip(), by));
    }

    /** Approves the proposal, by someone other than the proposer. */
    public List<SuspenseMatchEvent> approve(String by) {
        requireUser(by);
        if (status == Status.APPROVED && by.equals(decidedBy)) {
            return List.of();
        }
        requireProposed();
        if (by.equals(proposedBy)) {
            throw new SuspenseMatchRefused(by + " proposed this match and cannot approve it: a second person must");
        }
        return List.of(new SuspenseMatchEvent.Approved(entryId, reference, by));
    }

    /** Rejects the proposal, by someone other than the proposer; the entry stays in suspense. */
    public List<SuspenseMatchEvent> reject(String reason, String by) {
        requireUser(by);
        if (reason == null || reason.isBlank()) {
            throw new SuspenseMatchRefused("a rejection says why");
        }
        requireProposed();
        if (by.equals(proposedBy)) {
            throw new SuspenseMatchRefused(by + " proposed this match and cannot decide on it");
        }
        return List.of(new SuspenseMatchEvent.Rejected(entryId, reference, reason.strip(), by));
    }

    /** The match after one more event. */
    public SuspenseMatch apply(SuspenseMatchEvent event) {
        if (event instanceof SuspenseMatchEvent.Proposed e) {
            return new SuspenseMatch(entryId, e.reference(), e.proposedBy(), Status.PROPOSED, null);
        }
        if (event instanceof SuspenseMatchEvent.Approved e) {
            return new SuspenseMatch(entryId, reference, proposedBy, Status.APPROVED, e.approvedBy());
        }
        return new SuspenseMatch(entryId, null, null, Status.OPEN, ((SuspenseMatchEvent.Rejected) event).rejectedBy());
    }

    private void requireProposed() {
        if (status != Status.PROPOSED) {
            throw new SuspenseMatchRefused("entry " + entryId + " has no match waiting for approval");
        }
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new SuspenseMatchRefused("the acting user must be named");
        }
    }
}
