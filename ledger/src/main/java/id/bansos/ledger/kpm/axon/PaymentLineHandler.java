package id.bansos.ledger.kpm.axon;

import id.bansos.ledger.kpm.EntitlementKey;
import id.bansos.ledger.kpm.OutcomeRefused;
import id.bansos.ledger.kpm.PaymentDecisions;
import id.bansos.ledger.kpm.ReportedOutcome;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Schedules and releases payment lines, and records their outcomes, for many households in one unit of work, so the
 * events of a whole chunk are
 * appended in one batch. A household the rules hold out is reported back with the reason; it does not fail the chunk.
 */
public class PaymentLineHandler {

    private final Repository<HouseholdAggregate> households;
    private final StreamPrefetch prefetch;

    /**
     * @param prefetch reads the chunk's event streams in one go before they are loaded one by one
     */
    public PaymentLineHandler(Repository<HouseholdAggregate> households, StreamPrefetch prefetch) {
        this.households = households;
        this.prefetch = prefetch;
    }

    /** Schedules the chunk; returns the households held out, with their reasons. */
    @CommandHandler
    public List<HeldOut> handle(ScheduleBatchLines command) throws Exception {
        EntitlementKey key = new EntitlementKey(command.program(), command.period());
        List<HeldOut> heldOut = new ArrayList<>();
        prefetch.prefetch(command.householdIds());
        for (String id : command.householdIds()) {
            PaymentDecisions.Outcome outcome = households.load(id)
                    .invoke(h -> h.schedulePayment(key, command.batchId(), command.channel()));
            if (outcome.refused()) {
                heldOut.add(new HeldOut(id, outcome.refusal()));
            }
        }
        return heldOut;
    }

    /** Releases the lines; returns the number of events recorded. */
    @CommandHandler
    public int handle(ReleaseBatchLines command) throws Exception {
        int events = 0;
        prefetch.prefetch(command.lines().stream().map(ReleaseBatchLines.Line::householdId).distinct().toList());
        for (ReleaseBatchLines.Line line : command.lines()) {
            events += households.load(line.householdId())
                    .invoke(h -> h.releasePayment(line.reference(), command.reason()));
        }
        return events;
    }

    /** Records the reported outcomes; a report that does not fit its payment is returned with the reason. */
    @CommandHandler
    public RecordPaymentOutcomes.Result handle(RecordPaymentOutcomes command) throws Exception {
        int events = 0;
        List<RecordPaymentOutcomes.Refused> refused = new ArrayList<>();
        prefetch.prefetch(command.outcomes().stream().map(ReportedOutcome::householdId).distinct().toList());
        for (ReportedOutcome outcome : command.outcomes()) {
            try {
                events += households.load(outcome.householdId()).invoke(h -> h.recordOutcome(outcome));
            } catch (OutcomeRefused e) {
                refused.add(new RecordPaymentOutcomes.Refused(outcome, e.getMessage()));
            }
        }
        return new RecordPaymentOutcomes.Result(events, refused);
    }

    /** A household kept out of a batch, and why. */
    public record HeldOut(String householdId, String reason) {
    }
}
