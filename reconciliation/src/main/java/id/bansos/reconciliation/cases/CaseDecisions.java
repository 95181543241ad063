package id.bansos.reconciliation.cases;

import java.util.ArrayList;
import java.util.List;

/** The investigation case's rules as pure functions returning the events that follow. */
public final class CaseDecisions {

    private CaseDecisions() {
    }

    /** A flag opens the case, joins it, or reopens it when resolved; the same flag again changes nothing. */
    public static List<CaseEvent> raise(CaseState state, Flag flag, String by) {
        requireUser(by);
        if (state.flagKeys().contains(flag.key())) {
            return List.of();
        }
        List<CaseEvent> events = new ArrayList<>();
        if (!state.open() && !state.flagKeys().isEmpty()) {
            events.add(new CaseEvent.Reopened(state.caseId(), flag.key(), by));
        }
        events.add(new CaseEvent.FlagRaised(state.caseId(), flag, by));
        return events;
    }

    /** Gives the case to an investigator; giving it to the same one again changes nothing. */
    public static List<CaseEvent> assign(CaseState state, String assignee, String by) {
        requireCase(state);
        requireUser(by);
        requireUser(assignee);
        return assignee.equals(state.assignee()) ? List.of()
                : List.of(new CaseEvent.Assigned(state.caseId(), assignee, by));
    }

    /** Notes something on the case. */
    public static List<CaseEvent> note(CaseState state, String note, String by) {
        requireCase(state);
        requireUser(by);
        if (note == null || note.isBlank()) {
            throw new CaseRefused("a note needs text");
        }
        return List.of(new CaseEvent.Noted(state.caseId(), note.strip(), by));
    }

    /** Asks for a ground check of an open case, saying what to check. */
    public static List<CaseEvent> requestGroundCheck(CaseState state, String instructions, String by) {
        requireCase(state);
        requireUser(by);
        if (instructions == null || instructions.isBlank()) {
            throw new CaseRefused("a ground check says what to check");
        }
        if (!state.open()) {
            throw new CaseRefused("case " + state.caseId() + " is resolved");
        }
        return List.of(new CaseEvent.GroundCheckRequested(state.caseId(), instructions.strip(), by));
    }

    /**
     * Resolves an open case with a reason. A ground check's outcome ({@link Resolution#GROUND_CHECKED}) is recorded
     * only after one was requested.
     */
    public static List<CaseEvent> resolve(CaseState state, Resolution resolution, String reason, String by) {
        requireCase(state);
        requireUser(by);
        if (reason == null || reason.isBlank()) {
            throw new CaseRefused("a resolution needs a reason");
        }
        if (!state.open()) {
            throw new CaseRefused("case " + state.caseId() + " is already resolved");
        }
        if (resolution == Resolution.GROUND_CHECKED && !state.groundCheckRequested()) {
            throw new CaseRefused("no ground check was requested on case " + state.caseId());
        }
        return List.of(new CaseEvent.Resolved(state.caseId(), resolution, reason.strip(), by));
    }

    private static void requireCase(CaseState state) {
        if (state.flagKeys().isEmpty()) {
            throw new CaseRefused("no case " + state.caseId());
        }
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new CaseRefused("the acting user must be named");
        }
    }
}
