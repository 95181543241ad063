package id.bansos.reconciliation.matching.axon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.bansos.reconciliation.matching.SuspenseMatch;
import id.bansos.reconciliation.matching.SuspenseMatchEvent;
import id.bansos.reconciliation.matching.SuspenseMatchRefused;
import id.bansos.reconciliation.matching.axon.SuspenseMatchCommands.ApproveMatch;
import id.bansos.reconciliation.matching.axon.SuspenseMatchCommands.ProposeMatch;
import id.bansos.reconciliation.matching.axon.SuspenseMatchCommands.RejectMatch;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

/** A manual match of one suspense entry as an Axon aggregate: a thin adapter around {@link SuspenseMatch}. */
@AggregateRoot(type = "SuspenseMatch")
public class SuspenseMatchAggregate {

    @AggregateIdentifier
    private String matchId;
    private SuspenseMatch match;

    /** Used by Axon to rebuild the match from its events. */
    public SuspenseMatchAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ProposeMatch c) {
        if (match == null) {
            match = SuspenseMatch.open(c.entryId());
        }
        applyAll(match.propose(c.reference(), c.reason(), c.user()));
    }

    @CommandHandler
    void handle(ApproveMatch c) {
        applyAll(match.approve(c.user()));
    }

    @CommandHandler
    void handle(RejectMatch c) {
        applyAll(match.reject(c.reason(), c.user()));
    }

    private void applyAll(List<SuspenseMatchEvent> events) {
        if (match == null) {
            throw new SuspenseMatchRefused("nothing was proposed for " + matchId);
        }
        events.forEach(e -> apply(e));
    }

    @EventSourcingHandler
    void on(SuspenseMatchEvent event) {
        matchId = SuspenseMatchCommands.matchId(event.entryId());
        match = (match == null ? SuspenseMatch.open(event.entryId()) : match).apply(event);
    }
}
