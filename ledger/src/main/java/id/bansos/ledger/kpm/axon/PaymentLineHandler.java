package id.bansos.ledger.kpm.axon;

import id.bansos.ledger.kpm.EntitlementKey;
import id.bansos.ledger.kpm.PaymentDecisions;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Schedules and releases payment lines for many households in one unit of work, so the events of a whole chunk are
 * appended in one batch. A household the rules hold out is reported back with the reason; it does not fail the chunk.
 */
public class PaymentLineHandler {

    private final Repository<HouseholdAggregate> households;

    public PaymentLineHandler(Repository<HouseholdAggregate> households) {
        this.households = households;
    }

    /** Schedules the chunk; returns the households held out, with their reasons. */
    @CommandHandler
    public List<HeldOut> handle(ScheduleBatchLines command) throws Exception {
        EntitlementKey key = new EntitlementKey(command.program(), command.period());
        List<HeldOut> heldOut = new ArrayList<>();
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
        for (ReleaseBatchLines.Line line : command.lines()) {
            events += households.load(line.householdId()).invoke(h -> h.releasePayment(line.reference(), command.reason()));
        }
        return events;
    }

    /** A household kept out of a batch, and why. */
    public record HeldOut(String householdId, String reason) {
    }
}
