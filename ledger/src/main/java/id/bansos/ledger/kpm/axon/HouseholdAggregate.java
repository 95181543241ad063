package id.bansos.ledger.kpm.axon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.EntitlementKey;
import id.bansos.ledger.kpm.HouseholdDecisions;
import id.bansos.ledger.kpm.HouseholdEvent;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.HouseholdRegistered;
import id.bansos.ledger.kpm.HouseholdState;
import id.bansos.ledger.kpm.PaymentDecisions;
import id.bansos.ledger.kpm.ReportedOutcome;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.AggregateRoot;

/** The household (KPM) as an Axon aggregate: a thin adapter that applies {@link HouseholdDecisions}. */
@AggregateRoot(type = "Household")
public class HouseholdAggregate {

    @AggregateIdentifier
    private String householdId;
    private HouseholdState state;

    /** Used by Axon to rebuild the aggregate from its events. */
    public HouseholdAggregate() {
    }

    /** One roster line, one command: the plain path. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(ApplyRosterLine command) {
        return applyRoster(command.record(), command.period(), command.entitlements(), command.importId());
    }

    /** Authorises paying a rejected or returned payment again. */
    @CommandHandler
    public int handle(AuthorizeReissue command) {
        return authorizeReissue(command.reference(), command.reason(), command.user(), command.viaPos());
    }

    /** Drops the household from the roster. */
    @CommandHandler
    public int handle(DropFromRoster command) {
        return applyAll(HouseholdDecisions.dropFromRoster(state, command.importId()));
    }

    /** Reconciles the household with its roster line; returns the number of events it caused. */
    int applyRoster(HouseholdRecord record, YearMonth period, List<Entitlement> entitlements, String importId) {
        return applyAll(HouseholdDecisions.applyRoster(state, record, period, entitlements, importId));
    }

    /** Drops the household from the roster; returns the number of events it caused. */
    int drop(String importId) {
        return applyAll(HouseholdDecisions.dropFromRoster(state, importId));
    }

    /** Puts the household's entitlement into a batch; the outcome says why when it is held out. */
    PaymentDecisions.Outcome schedulePayment(EntitlementKey key, String batchId, String channel) {
        PaymentDecisions.Outcome outcome = PaymentDecisions.schedule(state, key, batchId, channel);
        applyAll(outcome.events());
        return outcome;
    }

    /** Takes a scheduled payment out of its batch; returns the number of events it caused. */
    int releasePayment(String reference, String reason) {
        return applyAll(PaymentDecisions.release(state, reference, reason));
    }

    /** Authorises paying a rejected or returned payment again; returns the number of events it caused. */
    int authorizeReissue(String reference, String reason, String user, boolean viaPos) {
        return applyAll(PaymentDecisions.authorizeReissue(state, reference, reason, user, viaPos));
    }

    /** Records a reported outcome of one of its payments; returns the number of events it caused. */
    int recordOutcome(ReportedOutcome reported) {
        return applyAll(PaymentDecisions.outcome(state, reported));
    }

    private int applyAll(List<HouseholdEvent> events) {
        events.forEach(e -> apply(e));
        return events.size();
    }

    @EventSourcingHandler
    void on(HouseholdEvent event) {
        householdId = event.householdId();
        state = state == null ? HouseholdState.registered((HouseholdRegistered) event) : state.apply(event);
    }
}
