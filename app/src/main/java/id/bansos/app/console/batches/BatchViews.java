package id.bansos.app.console.batches;

import id.bansos.app.console.TrailStep;
import id.bansos.disbursement.batch.ApprovalBands;
import java.sql.ResultSet;
import java.sql.SQLException;
import id.bansos.ledger.privacy.PersonalData;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.springframework.stereotype.Component;

/**
 * What the batch screens show, read from the batch and payment line read models: batches, their totals by bank and by
 * province, the entitlements held out of their cycle with the reasons, and their approval trail.
 */
@Component
public class BatchViews {

    private static final String BATCH_COLUMNS = """
            SELECT batch_id, program, period, channel, status, line_count, control_sum, prepared_by, submitted_by,
                   approvals, approvals_needed, funded_amount FROM payment_batch""";

    private final Jdbi jdbi;
    private final ApprovalBands bands;

    public BatchViews(Jdbi jdbi, ApprovalBands bands) {
        this.jdbi = jdbi;
        this.bands = bands;
    }

    /** The periods that have batches, newest first. */
    public List<String> periods() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT period FROM payment_batch ORDER BY period DESC")
                .mapTo(String.class).list());
    }

    /** The batches of a period (every period when {@code null}), by program and channel. */
    public List<Batch> batches(String period) {
        return jdbi.withHandle(h -> h.createQuery(BATCH_COLUMNS + """
                         WHERE :period IS NULL OR period = :period
                        ORDER BY period DESC, program, channel, batch_id""")
                .bind("period", period).map(this::row).list());
    }

    /** One batch. */
    public Optional<Batch> batch(String batchId) {
        return jdbi.withHandle(h -> h.createQuery(BATCH_COLUMNS + " WHERE batch_id = :id").bind("id", batchId)
                .map(this::row).findOne());
    }

    /** Lines and rupiah per bank (channel) and program over a period's batches (every period when {@code null}). */
    public List<Total> totalsByBank(String period) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT channel, program, COUNT(*), SUM(line_count), SUM(control_sum) FROM payment_batch
                        WHERE :period IS NULL OR period = :period
                        GROUP BY channel, program ORDER BY channel, program""")
                .bind("period", period).map((rs, ctx) -> new Total(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .list());
    }

    /** A batch's lines and rupiah per province (the first two digits of the kode wilayah). */
    public List<Total> totalsByProvince(String batchId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT substr(region_code, 1, 2) AS province, COUNT(DISTINCT household_id), COUNT(*),
                               SUM(amount)
                        FROM payment_line WHERE batch_id = :id AND status <> 'RELEASED'
                        GROUP BY province ORDER BY province""")
                .bind("id", batchId).map((rs, ctx) -> new Total(rs.getString(1), null, rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)))
                .list());
    }

    /** The entitlements of the batch's program, period and channel held out of the cycle, with their reasons. */
    public List<Held> held(Batch batch) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.household_id, hh.pengurus_name, hh.pengurus_nik, e.amount, c.reason
                        FROM cycle_held c
                        LEFT JOIN household hh ON hh.household_id = c.household_id
                        LEFT JOIN entitlement e ON e.household_id = c.household_id AND e.program = c.program
                             AND e.period = c.period
                        WHERE c.program = :program AND c.period = :period AND c.channel = :channel
                        ORDER BY c.household_id""")
                .bind("program", batch.program()).bind("period", batch.period()).bind("channel", batch.channel())
                .map((rs, ctx) -> new Held(rs.getString(1), rs.getString(2),
                        PersonalData.current().reveal(rs.getString(3)), rs.getLong(4), rs.getString(5)))
                .list());
    }

    /** Who did what to the batch, in order. */
    public List<TrailStep> trail(String batchId) {
        return TrailStep.read(jdbi, "batch_trail", "batch_id", batchId);
    }

    /** A batch row; before its first approval, the approvals its total will need come from the bands. */
    private Batch row(ResultSet rs, StatementContext ctx) throws SQLException {
        long total = rs.getLong(7);
        Integer recorded = (Integer) rs.getObject(11);
        return new Batch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), total, rs.getString(8), rs.getString(9), rs.getInt(10),
                recorded != null ? recorded : bands.approvalsFor(total), rs.getLong(12));
    }

    /** A batch as the screens show it. */
    public record Batch(String batchId, String program, String period, String channel, String status, long lineCount,
                        long controlSum, String preparedBy, String submittedBy, int approvals, int approvalsNeeded,
                        long fundedAmount) {
    }

    /**
     * Lines and rupiah under one key: a bank (with its program and batch count) or a province (with its households).
     */
    public record Total(String key, String program, long count, long lines, long amount) {
    }

    /** An entitlement held out of the cycle: its household, pengurus (NIK unmasked here; screens mask it), why. */
    public record Held(String householdId, String pengurusName, String pengurusNik, long amount, String reason) {
    }
}
