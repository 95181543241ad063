package id.bansos.reconciliation.trail.axon;

import id.bansos.disbursement.batch.BatchFileExported;
import id.bansos.disbursement.batch.BatchFunded;
import id.bansos.disbursement.batch.BatchPrepared;
import id.bansos.ledger.kpm.PaymentCredited;
import id.bansos.ledger.kpm.PaymentDoubleCredited;
import id.bansos.ledger.kpm.PaymentRejected;
import id.bansos.ledger.kpm.PaymentReturned;
import id.bansos.reconciliation.trail.MoneyMovement;
import id.bansos.reconciliation.trail.TrailKey;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;

/**
 * The money trail as events tell it: funding, export, and every outcome the banks and PT Pos reported become postings
 * (see {@code PostingRules}), one per event, written once however often the event is handled.
 */
@ProcessingGroup(MoneyTrailProjection.PROCESSING_GROUP)
public class MoneyTrailProjection {

    /** The streaming processor that runs this projection. */
    public static final String PROCESSING_GROUP = "money-trail";

    /** The tables this projection owns; a replay empties and rebuilds them. */
    public static final List<String> TABLES = List.of("trail_batch", "trail_posting");

    private final TrailPostings postings;

    public MoneyTrailProjection(TrailPostings postings) {
        this.postings = postings;
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
        postings.forBatch(e.batchId(), key -> new MoneyMovement.Funded(key, e.sp2dNumber(), e.amount()),
                message.getIdentifier(), at);
    }

    @EventHandler
    void on(BatchFileExported e, EventMessage<?> message, @Timestamp Instant at) {
        postings.forBatch(e.batchId(), key -> new MoneyMovement.Instructed(key, e.fileName(), e.controlSum()),
                message.getIdentifier(), at);
    }

    @EventHandler
    void on(PaymentRejected e, EventMessage<?> message, @Timestamp Instant at) {
        postings.post(new MoneyMovement.Rejected(key(e.program(), e.period(), e.channel()), e.reference(), e.amount()),
                message.getIdentifier(), at);
    }

    @EventHandler
    void on(PaymentCredited e, EventMessage<?> message, @Timestamp Instant at) {
        postings.post(new MoneyMovement.Credited(key(e.program(), e.period(), e.channel()), e.reference(), e.amount()),
                message.getIdentifier(), at);
    }

    @EventHandler
    void on(PaymentDoubleCredited e, EventMessage<?> message, @Timestamp Instant at) {
        postings.post(new MoneyMovement.DoubleCredited(key(e.program(), e.period(), e.channel()), e.reference(),
                e.amount()), message.getIdentifier(), at);
    }

    @EventHandler
    void on(PaymentReturned e, EventMessage<?> message, @Timestamp Instant at) {
        TrailKey key = key(e.program(), e.period(), e.channel());
        postings.post(e.afterCredit() ? new MoneyMovement.ReturnedAfterCredit(key, e.reference(), e.amount())
                : new MoneyMovement.Rejected(key, e.reference(), e.amount()), message.getIdentifier(), at);
    }

    private static TrailKey key(String program, YearMonth period, String channel) {
        return new TrailKey(program, period, channel);
    }
}
