package id.bansos.disbursement.batch.axon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.bansos.disbursement.batch.BatchDecisions;
import id.bansos.disbursement.batch.BatchEvent;
import id.bansos.disbursement.batch.BatchPrepared;
import id.bansos.disbursement.batch.BatchRefused;
import id.bansos.disbursement.batch.BatchState;
import id.bansos.disbursement.batch.axon.BatchCommands.ApproveBatch;
import id.bansos.disbursement.batch.axon.BatchCommands.CheckExportable;
import id.bansos.disbursement.batch.axon.BatchCommands.FundBatch;
import id.bansos.disbursement.batch.axon.BatchCommands.PrepareBatch;
import id.bansos.disbursement.batch.ExportPlan;
import id.bansos.disbursement.batch.ExportedFile;
import id.bansos.disbursement.batch.axon.BatchCommands.PlanExport;
import id.bansos.disbursement.batch.axon.BatchCommands.RecordFileCollected;
import id.bansos.disbursement.batch.axon.BatchCommands.RecordFileExports;
import id.bansos.disbursement.batch.axon.BatchCommands.RecordLinesChanged;
import id.bansos.disbursement.batch.axon.BatchCommands.RejectBatch;
import id.bansos.disbursement.batch.axon.BatchCommands.SubmitBatch;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

/** A payment batch as an Axon aggregate: a thin adapter that applies {@link BatchDecisions}. */
@AggregateRoot(type = "Batch")
public class BatchAggregate {

    @AggregateIdentifier
    private String batchId;
    private BatchState state;

    /** Used by Axon to rebuild the batch from its events. */
    public BatchAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PrepareBatch c) {
        if (state == null) {
            apply(new BatchPrepared(c.batchId(), c.program(), c.period(), c.channel(), c.digest(), c.preparedBy()));
        } else if (!state.digest().equals(c.digest())) {
            applyAll(BatchDecisions.linesChanged(state, c.digest(), "batch prepared again with other lines"));
        }
    }

    @CommandHandler
    void handle(SubmitBatch c) {
        applyAll(BatchDecisions.submit(state, c.user()));
    }

    @CommandHandler
    void handle(ApproveBatch c) {
        applyAll(BatchDecisions.approve(state, c.user(), c.current(), c.bands()));
    }

    @CommandHandler
    void handle(RejectBatch c) {
        applyAll(BatchDecisions.reject(state, c.user(), c.reason()));
    }

    @CommandHandler
    void handle(RecordLinesChanged c) {
        applyAll(BatchDecisions.linesChanged(state, c.current(), c.reason()));
    }

    @CommandHandler
    BatchState handle(CheckExportable c) {
        BatchDecisions.checkExportable(state, c.current());
        return state;
    }

    @CommandHandler
    ExportPlan handle(PlanExport c) {
        applyAll(BatchDecisions.planExport(state, c.current(), c.plan(), c.user()));
        return state.exportPlan();
    }

    @CommandHandler
    void handle(RecordFileExports c) {
        for (ExportedFile file : c.files()) {
            applyAll(BatchDecisions.fileExported(state, c.current(), file, c.user()));
        }
    }

    @CommandHandler
    void handle(RecordFileCollected c) {
        applyAll(BatchDecisions.fileCollected(state, c.fileName(), c.collectedBy()));
    }

    @CommandHandler
    void handle(FundBatch c) {
        applyAll(BatchDecisions.fund(state, c.sp2dNumber(), c.amount(), c.user()));
    }

    private void applyAll(List<BatchEvent> events) {
        if (state == null) {
            throw new BatchRefused("no such batch");
        }
        events.forEach(e -> apply(e));
    }

    @EventSourcingHandler
    void on(BatchEvent event) {
        batchId = event.batchId();
        state = state == null ? BatchState.prepared((BatchPrepared) event) : state.apply(event);
    }
}
