package id.bansos.reconciliation.cases.axon;

import id.bansos.ledger.readmodel.axon.BatchedWrites;
import id.bansos.reconciliation.cases.CaseEvent;
import id.bansos.reconciliation.cases.Resolution;
import id.bansos.reconciliation.cases.readmodel.CaseReadModel;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps the work queue (investigation_case, case_flag, case_trail) in step with case events, writing each batch of
 * events together just before the processor commits it.
 */
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
public class CaseProjection {

    /** The streaming processor that runs this projection. */
    public static final String PROCESSING_GROUP = "case-read-model";

    /** The tables this projection owns; a replay empties and rebuilds them. */
    public static final List<String> TABLES = List.of("investigation_case", "case_flag", "case_trail",
            "case_clearance");

    private final CaseReadModel readModel;
    private final BatchedWrites writes;

    public CaseProjection(CaseReadModel readModel, Jdbi jdbi) {
        this.readModel = readModel;
        this.writes = new BatchedWrites(jdbi, PROCESSING_GROUP);
    }

    @ResetHandler
    void reset() {
        readModel.truncate(TABLES);
    }

    @EventHandler
    void on(CaseEvent.FlagRaised e, @SequenceNumber long seq, @Timestamp Instant at) {
        writes.add(w -> {
            readModel.flagRaised(w, e, at);
            readModel.trail(w, e.caseId(), seq, at, e.raisedBy(), "FLAG", e.flag().type() + ": " + e.flag().evidence());
        });
    }

    @EventHandler
    void on(CaseEvent.Assigned e, @SequenceNumber long seq, @Timestamp Instant at) {
        writes.add(w -> {
            readModel.assigned(w, e.caseId(), e.assignee(), at);
            readModel.trail(w, e.caseId(), seq, at, e.assignedBy(), "ASSIGNED", e.assignee());
        });
    }

    @EventHandler
    void on(CaseEvent.Noted e, @SequenceNumber long seq, @Timestamp Instant at) {
        writes.add(w -> readModel.trail(w, e.caseId(), seq, at, e.notedBy(), "NOTE", e.note()));
    }

    @EventHandler
    void on(CaseEvent.GroundCheckRequested e, @SequenceNumber long seq, @Timestamp Instant at) {
        writes.add(w -> readModel.trail(w, e.caseId(), seq, at, e.requestedBy(), "GROUND_CHECK", e.instructions()));
    }

    @EventHandler
    void on(CaseEvent.Resolved e, @SequenceNumber long seq, @Timestamp Instant at) {
        writes.add(w -> {
            readModel.status(w, e.caseId(), "RESOLVED", e.resolution().name(), at);
            if (e.resolution() == Resolution.FALSE_POSITIVE) {
                readModel.cleared(w, e.caseId(), e.resolvedBy(), at);
            }
            readModel.trail(w, e.caseId(), seq, at, e.resolvedBy(), "RESOLVED", e.resolution() + ": " + e.reason());
        });
    }

    @EventHandler
    void on(CaseEvent.Reopened e, @SequenceNumber long seq, @Timestamp Instant at) {
        writes.add(w -> {
            readModel.status(w, e.caseId(), "OPEN", null, at);
            readModel.trail(w, e.caseId(), seq, at, e.reopenedBy(), "REOPENED", "new flag " + e.flagKey());
        });
    }
}
