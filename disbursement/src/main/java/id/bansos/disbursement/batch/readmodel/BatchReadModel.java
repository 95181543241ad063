package id.bansos.disbursement.batch.readmodel;

import id.bansos.disbursement.batch.BatchDigest;
import id.bansos.disbursement.batch.BatchExportPlanned;
import id.bansos.disbursement.batch.BatchFileCollected;
import id.bansos.disbursement.batch.BatchFileExported;
import id.bansos.disbursement.batch.BatchPrepared;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;

/** Writes the batch read models: payment_batch, its trail and its files. Replaying an event leaves the same rows. */
public class BatchReadModel {

    private final Jdbi jdbi;

    public BatchReadModel(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Empties the given tables before a replay. */
    public void truncate(java.util.List<String> tables) {
        jdbi.useHandle(h -> h.execute("TRUNCATE " + String.join(", ", tables)));
    }

    /** A batch was prepared. */
    public void prepared(BatchPrepared e, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO payment_batch (batch_id, program, period, channel, status, line_count, control_sum,
                            digest_sha256, prepared_by, prepared_at, updated_at)
                        VALUES (:id, :program, :period, :channel, 'PREPARED', :count, :sum, :sha, :by, :at, :at)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .bind("id", e.batchId()).bind("program", e.program()).bind("period", e.period().toString())
                .bind("channel", e.channel()).bind("count", e.digest().lineCount()).bind("sum", e.digest().controlSum())
                .bind("sha", e.digest().sha256()).bind("by", e.preparedBy()).bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    /** The batch's status changed. */
    public void status(String batchId, String status, Instant at) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE payment_batch SET status = :status, updated_at = :at WHERE batch_id = :id")
                .bind("id", batchId).bind("status", status).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    /** The batch was submitted: approvals start from zero. */
    public void submitted(String batchId, String user, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE payment_batch SET status = 'SUBMITTED', submitted_by = :user, approvals = 0,
                            updated_at = :at WHERE batch_id = :id""")
                .bind("id", batchId).bind("user", user).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    /** An approval was given. */
    public void approved(String batchId, int needed, int soFar, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE payment_batch SET approvals_needed = :needed, approvals = :so_far,
                            status = CASE WHEN :so_far >= :needed THEN 'APPROVED' ELSE 'SUBMITTED' END, updated_at = :at
                        WHERE batch_id = :id""")
                .bind("id", batchId).bind("needed", needed).bind("so_far", soFar)
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    /** The batch's lines changed: new digest, approvals void. */
    public void linesChanged(String batchId, BatchDigest digest, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE payment_batch SET status = 'PREPARED', line_count = :count, control_sum = :sum,
                            digest_sha256 = :sha, submitted_by = NULL, approvals = 0, updated_at = :at
                        WHERE batch_id = :id""")
                .bind("id", batchId).bind("count", digest.lineCount()).bind("sum", digest.controlSum())
                .bind("sha", digest.sha256()).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    /** Funds arrived. */
    public void funded(String batchId, long amount, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE payment_batch SET funded_amount = funded_amount + :amount, updated_at = :at
                        WHERE batch_id = :id""")
                .bind("id", batchId).bind("amount", amount).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    /** Export was planned. */
    public void exportPlanned(BatchExportPlanned e, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE payment_batch SET requested_execution_date = :date, export_planned_by = :user,
                            updated_at = :at WHERE batch_id = :id""")
                .bind("id", e.batchId()).bind("date", e.plan().requestedExecutionDate()).bind("user", e.plannedBy())
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    /** A file was exported into the channel's outbox. */
    public void fileExported(BatchFileExported e, Instant at) {
        jdbi.useHandle(h -> {
            h.createUpdate("""
                            INSERT INTO batch_file (sha256, batch_id, file_name, format, line_count, control_sum,
                                exported_by, exported_at, channel, file_sequence)
                            SELECT :sha, :id, :name, :format, :count, :sum, :user, :at, channel, :seq
                            FROM payment_batch WHERE batch_id = :id
                            ON CONFLICT (sha256) DO NOTHING""")
                    .bind("sha", e.sha256()).bind("id", e.batchId()).bind("name", e.fileName())
                    .bind("format", e.format()).bind("count", e.lineCount()).bind("sum", e.controlSum())
                    .bind("user", e.exportedBy()).bind("at", at.atOffset(ZoneOffset.UTC)).bind("seq", e.fileSequence())
                    .execute();
            h.createUpdate("UPDATE payment_batch SET status = 'EXPORTED', updated_at = :at WHERE batch_id = :id")
                    .bind("id", e.batchId()).bind("at", at.atOffset(ZoneOffset.UTC)).execute();
        });
    }

    /** The bank or PT Pos collected a file. */
    public void fileCollected(BatchFileCollected e, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE batch_file SET collected_at = :at, collected_by = :user
                        WHERE sha256 = :sha AND collected_at IS NULL""")
                .bind("sha", e.sha256()).bind("user", e.collectedBy()).bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    /** One step of the batch's trail: who did what, when. */
    public void trail(String batchId, long seq, Instant at, String actor, String action, String detail) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO batch_trail (batch_id, seq, at, actor, action, detail)
                        VALUES (:id, :seq, :at, :actor, :action, :detail) ON CONFLICT (batch_id, seq) DO NOTHING""")
                .bind("id", batchId).bind("seq", seq).bind("at", at.atOffset(ZoneOffset.UTC)).bind("actor", actor)
                .bind("action", action).bind("detail", detail).execute());
    }
}
