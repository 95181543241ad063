package id.bansos.reconciliation.cases;

/** Everything that happens to an investigation case; each names who acted. */
public sealed interface CaseEvent permits CaseEvent.FlagRaised, CaseEvent.Assigned, CaseEvent.Noted,
        CaseEvent.GroundCheckRequested, CaseEvent.Resolved, CaseEvent.Reopened {

    /** The case's id. */
    String caseId();

    /** A flag opened the case or joined it. */
    record FlagRaised(String caseId, Flag flag, String raisedBy) implements CaseEvent {
    }

    /** The case was given to an investigator. */
    record Assigned(String caseId, String assignee, String assignedBy) implements CaseEvent {
    }

    /** An investigator noted something on the case. */
    record Noted(String caseId, String note, String notedBy) implements CaseEvent {
    }

    /** A ground check (verifikasi lapangan) was asked for; its outcome is recorded when the case is resolved. */
    record GroundCheckRequested(String caseId, String instructions, String requestedBy) implements CaseEvent {
    }

    /** The case was resolved, with how and why. */
    record Resolved(String caseId, Resolution resolution, String reason, String resolvedBy) implements CaseEvent {
    }

    /** A new flag arrived on a resolved case, which is open again. */
    record Reopened(String caseId, String flagKey, String reopenedBy) implements CaseEvent {
    }
}
