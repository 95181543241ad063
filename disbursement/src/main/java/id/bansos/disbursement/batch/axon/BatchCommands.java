package id.bansos.disbursement.batch.axon;

import id.bansos.disbursement.batch.ApprovalBands;
import id.bansos.disbursement.batch.BatchDigest;
import id.bansos.disbursement.batch.ExportPlan;
import id.bansos.disbursement.batch.ExportedFile;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands a payment batch accepts. Each names the acting user. */
public final class BatchCommands {

    private BatchCommands() {
    }

    /** Create the batch over its scheduled lines. Preparing the same batch again changes nothing. */
    public record PrepareBatch(@TargetAggregateIdentifier String batchId, String program, YearMonth period,
                               String channel, BatchDigest digest, String preparedBy) {
    }

    /** The maker submits the batch. */
    public record SubmitBatch(@TargetAggregateIdentifier String batchId, String user) {
    }

    /** A checker approves the batch as its lines stand now ({@code current}). */
    public record ApproveBatch(@TargetAggregateIdentifier String batchId, String user, BatchDigest current,
                               ApprovalBands bands) {
    }

    /** A checker rejects the batch. */
    public record RejectBatch(@TargetAggregateIdentifier String batchId, String user, String reason) {
    }

    /** The batch's lines now give {@code current}. */
    public record RecordLinesChanged(@TargetAggregateIdentifier String batchId, BatchDigest current, String reason) {
    }

    /** Check that the batch may be exported with lines that give {@code current}. */
    public record CheckExportable(@TargetAggregateIdentifier String batchId, BatchDigest current) {
    }

    /** Plan the approved batch's export; answers the plan in force (the first one made). */
    public record PlanExport(@TargetAggregateIdentifier String batchId, BatchDigest current, ExportPlan plan,
                             String user) {
    }

    /** Files were written for the batch from its plan. */
    public record RecordFileExports(@TargetAggregateIdentifier String batchId, BatchDigest current,
                                    List<ExportedFile> files, String user) {
        public RecordFileExports {
            files = List.copyOf(files);
        }
    }

    /** The bank or PT Pos collected an exported file. */
    public record RecordFileCollected(@TargetAggregateIdentifier String batchId, String fileName, String collectedBy) {
    }

    /** The treasury funded the batch (SP2D). */
    public record FundBatch(@TargetAggregateIdentifier String batchId, String sp2dNumber, long amount, String user) {
    }
}
