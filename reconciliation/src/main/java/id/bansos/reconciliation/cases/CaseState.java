package id.bansos.reconciliation.cases;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A case as its events leave it. Immutable.
 *
 * @param flagKeys the keys of every flag the case holds
 * @param open     whether the case waits for a resolution
 * @param groundCheckRequested whether a ground check was asked for since the case last opened
 */
public record CaseState(String caseId, Set<String> flagKeys, boolean open, String assignee,
                        boolean groundCheckRequested) {

    public CaseState {
        flagKeys = Set.copyOf(flagKeys);
    }

    /** The state of a case that has no events yet. */
    public static CaseState none(String caseId) {
        return new CaseState(caseId, Set.of(), false, null, false);
    }

    /** The state after one more event. */
    public CaseState apply(CaseEvent event) {
        if (event instanceof CaseEvent.FlagRaised e) {
            Set<String> keys = new LinkedHashSet<>(flagKeys);
            keys.add(e.flag().key());
            return new CaseState(caseId, keys, true, assignee, groundCheckRequested);
        }
        if (event instanceof CaseEvent.Assigned e) {
            return new CaseState(caseId, flagKeys, open, e.assignee(), groundCheckRequested);
        }
        if (event instanceof CaseEvent.GroundCheckRequested) {
            return new CaseState(caseId, flagKeys, open, assignee, true);
        }
        if (event instanceof CaseEvent.Resolved) {
            return new CaseState(caseId, flagKeys, false, assignee, false);
        }
        if (event instanceof CaseEvent.Reopened) {
            return new CaseState(caseId, flagKeys, true, assignee, false);
        }
        return this;
    }
}
