package id.bansos.disbursement.batch.axon;

import id.bansos.disbursement.batch.BatchApproved;
import id.bansos.disbursement.batch.BatchExportPlanned;
import id.bansos.disbursement.batch.BatchFileCollected;
import id.bansos.disbursement.batch.BatchFileExported;
import id.bansos.disbursement.batch.BatchFunded;
import id.bansos.disbursement.batch.BatchLinesChanged;
import id.bansos.disbursement.batch.BatchPrepared;
import id.bansos.disbursement.batch.BatchRejected;
import id.bansos.disbursement.batch.BatchSubmitted;
import id.bansos.disbursement.batch.readmodel.BatchReadModel;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

/** Keeps payment_batch, batch_trail and batch_file in step with batch events. */
@ProcessingGroup(BatchProjection.PROCESSING_GROUP)
public class BatchProjection {

    /** The streaming processor that runs this projection. */
    public static final String PROCESSING_GROUP = "batch-read-model";

    /** The tables this projection owns; a replay empties and rebuilds them. */
    public static final java.util.List<String> TABLES = java.util.List.of("payment_batch", "batch_trail", "batch_file");

    private final BatchReadModel readModel;

    public BatchProjection(BatchReadModel readModel) {
        this.readModel = readModel;
    }

    @ResetHandler
    void reset() {
        readModel.truncate(TABLES);
    }

    @EventHandler
    void on(BatchPrepared e, @SequenceNumber long seq, @Timestamp Instant at) {
        readModel.prepared(e, at);
        readModel.trail(e.batchId(), seq, at, e.preparedBy(), "PREPARED",
                e.digest().lineCount() + " lines, Rp " + e.digest().controlSum());
    }

    @EventHandler
    void on(BatchSubmitted e, @SequenceNumber long seq, @Timestamp Instant at) {
        readModel.submitted(e.batchId(), e.submittedBy(), at);
        readModel.trail(e.batchId(), seq, at, e.submittedBy(), "SUBMITTED", "digest " + e.digest().sha256());
    }

    @EventHandler
    void on(BatchApproved e, @SequenceNumber long seq, @Timestamp Instant at) {
        readModel.approved(e.batchId(), e.approvalsNeeded(), e.approvalsSoFar(), at);
        readModel.trail(e.batchId(), seq, at, e.approvedBy(), "APPROVED",
                "approval " + e.approvalsSoFar() + " of " + e.approvalsNeeded() + ", digest " + e.digest().sha256());
    }

    @EventHandler
    void on(BatchRejected e, @SequenceNumber long seq, @Timestamp Instant at) {
        readModel.status(e.batchId(), "REJECTED", at);
        readModel.trail(e.batchId(), seq, at, e.rejectedBy(), "REJECTED", e.reason());
    }

    @EventHandler
    void on(BatchLinesChanged e, @SequenceNumber long seq, @Timestamp Instant at) {
        readModel.linesChanged(e.batchId(), e.digest(), at);
        readModel.trail(e.batchId(), seq, at, "system", "LINES_CHANGED", e.reason());
    }

    @EventHandler
    void on(BatchFunded e, @SequenceNumber long seq, @Timestamp Instant at) {
        readModel.funded(e.batchId(), e.amount(), at);
        readModel.trail(e.batchId(), seq, at, e.recordedBy(), "FUNDED",
                "SP2D " + e.sp2dNumber() + ", Rp " + e.amount());
    }

    @EventHandler
    void on(BatchExportPlanned e, @SequenceNumber long seq, @Timestamp Instant at) {
        readModel.exportPlanned(e, at);
        readModel.trail(e.batchId(), seq, at, e.plannedBy(), "EXPORT_PLANNED", "execution "
                + e.plan().requestedExecutionDate() + ", at most " + e.plan().maxLinesPerFile() + " lines per file");
    }

    @EventHandler
    void on(BatchFileExported e, @SequenceNumber long seq, @Timestamp Instant at) {
        readModel.fileExported(e, at);
        readModel.trail(e.batchId(), seq, at, e.exportedBy(), "EXPORTED", e.fileName() + ": " + e.lineCount()
                + " lines, Rp " + e.controlSum() + ", sha256 " + e.sha256());
    }

    @EventHandler
    void on(BatchFileCollected e, @SequenceNumber long seq, @Timestamp Instant at) {
        readModel.fileCollected(e, at);
        readModel.trail(e.batchId(), seq, at, e.collectedBy(), "COLLECTED", e.fileName());
    }
}
