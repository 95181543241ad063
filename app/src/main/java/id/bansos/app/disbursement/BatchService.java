package id.bansos.app.disbursement;

import id.bansos.disbursement.batch.ApprovalBands;
import id.bansos.disbursement.batch.BatchDigest;
import id.bansos.disbursement.batch.axon.BatchCommands.ApproveBatch;
import id.bansos.disbursement.batch.axon.BatchCommands.FundBatch;
import id.bansos.disbursement.batch.axon.BatchCommands.RecordFileCollected;
import id.bansos.disbursement.batch.axon.BatchCommands.RejectBatch;
import id.bansos.disbursement.batch.axon.BatchCommands.SubmitBatch;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.disbursement.export.axon.BatchExporter;
import id.bansos.ledger.readmodel.ReadModels;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * What a finance officer does to a batch. An approval is given on the lines as they are when the approver acts: the
 * digest is computed from the lines, never taken from the caller.
 */
@Service
public class BatchService {

    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    private final CommandGateway commands;
    private final BatchLines lines;
    private final ApprovalBands bands;
    private final ReadModels readModels;
    private final BatchExporter exporter;

    public BatchService(CommandGateway commands, BatchLines lines, ApprovalBands bands, ReadModels readModels,
                        BatchExporter exporter) {
        this.commands = commands;
        this.lines = lines;
        this.bands = bands;
        this.readModels = readModels;
        this.exporter = exporter;
    }

    /** The preparer submits the batch. */
    public void submit(String batchId, String user) {
        commands.sendAndWait(new SubmitBatch(batchId, user));
    }

    /** An approver approves the batch as its lines stand now (once the read models show every line change). */
    public BatchDigest approve(String batchId, String user) {
        readModels.awaitCaughtUp(CATCH_UP);
        BatchDigest current = lines.digest(batchId);
        commands.sendAndWait(new ApproveBatch(batchId, user, current, bands));
        return current;
    }

    /** An approver rejects the batch with a reason. */
    public void reject(String batchId, String user, String reason) {
        commands.sendAndWait(new RejectBatch(batchId, user, reason));
    }

    /** Exports the approved batch into its channel's outbox; exporting again places nothing new. */
    public List<OutboxFile> export(String batchId, String user) {
        return exporter.export(batchId, user);
    }

    /** Records that the bank or PT Pos collected a file of the batch. */
    public void collected(String batchId, String fileName, String collectedBy) {
        commands.sendAndWait(new RecordFileCollected(batchId, fileName, collectedBy));
    }

    /** Records the SP2D that funded the batch. */
    public void fund(String batchId, String sp2d, long amount, String user) {
        commands.sendAndWait(new FundBatch(batchId, sp2d, amount, user));
    }
}
