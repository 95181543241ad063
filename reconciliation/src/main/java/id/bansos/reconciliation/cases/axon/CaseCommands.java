package id.bansos.reconciliation.cases.axon;

import id.bansos.reconciliation.cases.Flag;
import id.bansos.reconciliation.cases.Resolution;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands an investigation case accepts. Each names the acting user. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** Open or join the flag's case. */
    public record RaiseFlag(@TargetAggregateIdentifier String caseId, Flag flag, String user) {
    }

    /** Raise many flags in one unit of work, each opening or joining its case. */
    public record RaiseFlags(List<Flag> flags, String user) {

        public RaiseFlags {
            flags = List.copyOf(flags);
        }
    }

    /** Give the case to an investigator. */
    public record AssignCase(@TargetAggregateIdentifier String caseId, String assignee, String user) {
    }

    /** Note something on the case. */
    public record NoteCase(@TargetAggregateIdentifier String caseId, String note, String user) {
    }

    /** Ask for a ground check. */
    public record RequestGroundCheck(@TargetAggregateIdentifier String caseId, String instructions, String user) {
    }

    /** Resolve the case. */
    public record ResolveCase(@TargetAggregateIdentifier String caseId, Resolution resolution, String reason,
                              String user) {
    }
}
