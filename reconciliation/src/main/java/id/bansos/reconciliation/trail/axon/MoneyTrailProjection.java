package id.bansos.reconciliation.trail.axon;

import id.bansos.disbursement.batch.BatchFileExported;
import id.bansos.disbursement.batch.BatchFunded;
import id.bansos.disbursement.batch.BatchPrepared;
import id.bansos.ledger.kpm.HouseholdEvent;
import id.bansos.ledger.kpm.PaymentCredited;
import id.bansos.ledger.kpm.PaymentDoubleCredited;
import id.bansos.ledger.kpm.PaymentRejected;
import id.bansos.ledger.kpm.PaymentReturned;
import id.bansos.ledger.readmodel.axon.BatchedWrites;
import id.bansos.reconciliation.trail.MoneyMovement;
import id.bansos.reconciliation.trail.Movements;
import id.bansos.reconciliation.trail.TrailKey;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import id.bansos.reconciliation.treasury.DepositRecorded;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jdbi.v3.core.Jdbi;

/**
 * The money trail as events tell it: funding, export, every outcome the banks and PT Pos reported, and deposits to
 * kas negara become postings
 * (see {@code PostingRules}), one per event, written once however often the event is handled.
 */
@ProcessingGroup(MoneyTrailProjection.PROCESSING_GROUP)
public class MoneyTrailProjection {

    /** The streaming processor that runs this projection. */
    public static final String PROCESSING_GROUP = "money-trail";

    /** The tables this projection owns; a replay empties and rebuilds them. */
    public static final List<String> TABLES = List.of("trail_batch", "trail_posting");

    private final TrailPostings postings;
    private final BatchedWrites writes;

    public MoneyTrailProjection(TrailPostings postings, Jdbi jdbi) {
        this.postings = postings;
        this.writes = new BatchedWrites(jdbi, PROCESSING_GROUP);
    }

    @ResetHandler
    void reset() {
        postings.truncate(TABLES);
    }

    @EventHandler
    void on(BatchPrepared e) {
        postings.batch(e.batchId(), new TrailKey(e.program(), e.period(), e.channel()));
    }

    @EventHandler
    void on(BatchFunded e, EventMessage<?> message, @Timestamp Instant at) {
        writes.add(w -> postings.forBatch(w, e.batchId(),
                key -> new MoneyMovement.Funded(key, e.sp2dNumber(), e.amount()), message.getIdentifier(), at));
    }

    @EventHandler
    void on(BatchFileExported e, EventMessage<?> message, @Timestamp Instant at) {
        writes.add(w -> postings.forBatch(w, e.batchId(),
                key -> new MoneyMovement.Instructed(key, e.fileName(), e.controlSum()), message.getIdentifier(), at));
    }

    @EventHandler
    void on(DepositRecorded e, EventMessage<?> message, @Timestamp Instant at) {
        writes.add(w -> postings.post(w, new MoneyMovement.DepositedToTreasury(
                new TrailKey(e.program(), e.period(), e.channel()), e.ntpn(), e.amount()),
                message.getIdentifier(), at));
    }

    @EventHandler
    void on(PaymentRejected e, EventMessage<?> message, @Timestamp Instant at) {
        outcome(e, message, at);
    }

    @EventHandler
    void on(PaymentCredited e, EventMessage<?> message, @Timestamp Instant at) {
        outcome(e, message, at);
    }

    @EventHandler
    void on(PaymentDoubleCredited e, EventMessage<?> message, @Timestamp Instant at) {
        outcome(e, message, at);
    }

    @EventHandler
    void on(PaymentReturned e, EventMessage<?> message, @Timestamp Instant at) {
        outcome(e, message, at);
    }

    /**
     * Only the outcome events move money; handling just these types lets the processor pass over every other
     * household event without reading its payload.
     */
    private void outcome(HouseholdEvent e, EventMessage<?> message, Instant at) {
        Movements.of(e).ifPresent(movement -> writes.add(w -> postings.post(w, movement, message.getIdentifier(), at)));
    }
}
