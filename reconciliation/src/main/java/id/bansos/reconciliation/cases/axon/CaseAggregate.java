package id.bansos.reconciliation.cases.axon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.bansos.reconciliation.cases.CaseDecisions;
import id.bansos.reconciliation.cases.CaseEvent;
import id.bansos.reconciliation.cases.CaseState;
import id.bansos.reconciliation.cases.Flag;
import id.bansos.reconciliation.cases.axon.CaseCommands.AssignCase;
import id.bansos.reconciliation.cases.axon.CaseCommands.NoteCase;
import id.bansos.reconciliation.cases.axon.CaseCommands.RaiseFlag;
import id.bansos.reconciliation.cases.axon.CaseCommands.RequestGroundCheck;
import id.bansos.reconciliation.cases.axon.CaseCommands.ResolveCase;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

/** An investigation case as an Axon aggregate: a thin adapter that applies {@link CaseDecisions}. */
@AggregateRoot(type = "Case")
public class CaseAggregate {

    @AggregateIdentifier
    private String caseId;
    private CaseState state;

    /** Used by Axon to rebuild the case from its events. */
    public CaseAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RaiseFlag c) {
        raise(c.caseId(), c.flag(), c.user());
    }

    /** Opens or joins the case with the flag; a flag already on the case changes nothing. */
    void raise(String id, Flag flag, String user) {
        if (state == null) {
            state = CaseState.none(id);
        }
        applyAll(CaseDecisions.raise(state, flag, user));
    }

    @CommandHandler
    void handle(AssignCase c) {
        applyAll(CaseDecisions.assign(state, c.assignee(), c.user()));
    }

    @CommandHandler
    void handle(NoteCase c) {
        applyAll(CaseDecisions.note(state, c.note(), c.user()));
    }

    @CommandHandler
    void handle(RequestGroundCheck c) {
        applyAll(CaseDecisions.requestGroundCheck(state, c.instructions(), c.user()));
    }

    @CommandHandler
    void handle(ResolveCase c) {
        applyAll(CaseDecisions.resolve(state, c.resolution(), c.reason(), c.user()));
    }

    private void applyAll(List<CaseEvent> events) {
        events.forEach(e -> apply(e));
    }

    @EventSourcingHandler
    void on(CaseEvent event) {
        caseId = event.caseId();
        state = (state == null ? CaseState.none(event.caseId()) : state).apply(event);
    }
}
