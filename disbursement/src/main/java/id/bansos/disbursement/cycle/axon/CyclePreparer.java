package id.bansos.disbursement.cycle.axon;

import id.bansos.disbursement.batch.BatchDigest;
import id.bansos.disbursement.batch.axon.BatchCommands.PrepareBatch;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.cycle.PreExportScreen;
import id.bansos.ledger.kpm.axon.PaymentLineHandler;
import id.bansos.ledger.kpm.axon.ScheduleBatchLines;
import id.bansos.ledger.readmodel.ReadModels;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Prepares a program's cycle for a period: one batch per channel from the payable entitlements not yet scheduled,
 * with held entitlements listed with their reasons: those the program rules hold, those the {@link PreExportScreen}
 * holds (a duplicate, a household whose case blocks), and those the household's own rules refuse. Running it again
 * resumes an interrupted preparation and adds
 * nothing twice: a scheduled line is never scheduled again, and a batch's id is stable.
 */
public class CyclePreparer {

    private static final int CHUNK = 1000;
    private static final Duration CATCH_UP = Duration.ofMinutes(10);

    private final CommandGateway commands;
    private final Jdbi jdbi;
    private final BatchLines lines;
    private final ReadModels readModels;
    private final PreExportScreen screen;

    /**
     * @param screen the checks that hold households out of the batch before they are scheduled
     */
    public CyclePreparer(CommandGateway commands, Jdbi jdbi, BatchLines lines, ReadModels readModels,
                         PreExportScreen screen) {
        this.commands = commands;
        this.jdbi = jdbi;
        this.lines = lines;
        this.readModels = readModels;
        this.screen = screen;
    }

    /** What a preparation produced. */
    public record Result(String program, YearMonth period, List<BatchOfCycle> batches, long held) {
    }

    /** One batch of the cycle: its id, channel and digest. */
    public record BatchOfCycle(String batchId, String channel, BatchDigest digest) {
    }

    /** Prepares the cycle; {@code preparedBy} is recorded on every batch. */
    public Result prepare(String program, YearMonth period, String preparedBy) {
        readModels.awaitCaughtUp(CATCH_UP);
        Map<String, List<String>> byChannel = candidates(program, period);
        List<PreExportScreen.Hold> screened = screen.screen(program, period, byChannel);
        Set<String> screenedOut = screened.stream().map(PreExportScreen.Hold::householdId).collect(Collectors.toSet());
        byChannel.values().forEach(ids -> ids.removeIf(screenedOut::contains));
        List<PreExportScreen.Hold> heldOut = new ArrayList<>(screened);
        Map<String, String> batchIds = new LinkedHashMap<>();
        for (var entry : byChannel.entrySet()) {
            String batchId = batchIdFor(program, period, entry.getKey());
            batchIds.put(entry.getKey(), batchId);
            List<String> ids = entry.getValue();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                @SuppressWarnings("unchecked")
                List<PaymentLineHandler.HeldOut> refused = (List<PaymentLineHandler.HeldOut>) commands.sendAndWait(
                        new ScheduleBatchLines(batchId, program, period, entry.getKey(),
                                ids.subList(from, Math.min(ids.size(), from + CHUNK))));
                refused.forEach(r -> heldOut.add(new PreExportScreen.Hold(r.householdId(), null, r.reason())));
            }
        }
        for (String batchId : unpreparedBatches(program, period)) {
            batchIds.putIfAbsent(channelOf(batchId), batchId);
        }
        readModels.awaitCaughtUp(CATCH_UP);
        recordHeld(program, period, heldOut);
        List<BatchOfCycle> prepared = new ArrayList<>();
        for (var entry : batchIds.entrySet()) {
            BatchDigest digest = lines.digest(entry.getValue());
            if (digest.lineCount() > 0) {
                commands.sendAndWait(new PrepareBatch(entry.getValue(), program, period, entry.getKey(), digest,
                        preparedBy));
                prepared.add(new BatchOfCycle(entry.getValue(), entry.getKey(), digest));
            }
        }
        readModels.awaitCaughtUp(CATCH_UP);
        long held = jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM cycle_held WHERE program = :p AND period = :period")
                .bind("p", program).bind("period", period.toString()).mapTo(Long.class).one());
        return new Result(program, period, prepared, held);
    }

    private Map<String, List<String>> candidates(String program, YearMonth period) {
        Map<String, List<String>> byChannel = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT CASE WHEN EXISTS (SELECT 1 FROM payment_line r WHERE r.household_id = e.household_id
                                   AND r.program = e.program AND r.period = e.period AND r.status = 'REISSUABLE'
                                   AND r.reissue_via_pos) THEN 'POS' ELSE e.channel END AS channel,
                               e.household_id
                        FROM entitlement e
                        WHERE e.program = :p AND e.period = :period AND e.status = 'ELIGIBLE'
                          AND NOT EXISTS (SELECT 1 FROM payment_line l WHERE l.household_id = e.household_id
                              AND l.program = e.program AND l.period = e.period
                              AND l.status NOT IN ('RELEASED', 'REISSUABLE'))
                        ORDER BY 1, 2""")
                .bind("p", program).bind("period", period.toString()).setFetchSize(5000)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(row -> byChannel.computeIfAbsent(row[0], c -> new ArrayList<>()).add(row[1])));
        return byChannel;
    }

    private String batchIdFor(String program, YearMonth period, String channel) {
        long prepared = jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM payment_batch WHERE program = :p AND period = :period AND channel = :c""")
                .bind("p", program).bind("period", period.toString()).bind("c", channel).mapTo(Long.class).one());
        return program + "-" + period + "-" + channel + "-" + (prepared + 1);
    }

    private List<String> unpreparedBatches(String program, YearMonth period) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT DISTINCT l.batch_id FROM payment_line l
                        WHERE l.program = :p AND l.period = :period AND l.status = 'SCHEDULED'
                          AND NOT EXISTS (SELECT 1 FROM payment_batch b WHERE b.batch_id = l.batch_id)
                        ORDER BY l.batch_id""")
                .bind("p", program).bind("period", period.toString()).mapTo(String.class).list());
    }

    private static String channelOf(String batchId) {
        String[] parts = batchId.split("-");
        return parts[parts.length - 2];
    }

    private void recordHeld(String program, YearMonth period, List<PreExportScreen.Hold> heldOut) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            DELETE FROM cycle_held c WHERE c.program = :p AND c.period = :period
                              AND EXISTS (SELECT 1 FROM payment_line l WHERE l.household_id = c.household_id
                                  AND l.program = c.program AND l.period = c.period
                                  AND l.status NOT IN ('RELEASED', 'REISSUABLE'))""")
                    .bind("p", program).bind("period", period.toString()).execute();
            h.createUpdate("""
                            INSERT INTO cycle_held (program, period, household_id, channel, reason, recorded_at)
                            SELECT program, period, household_id, channel, reasons, :now FROM entitlement
                            WHERE program = :p AND period = :period AND status = 'HELD'
                            ON CONFLICT (program, period, household_id) DO UPDATE SET reason = EXCLUDED.reason""")
                    .bind("p", program).bind("period", period.toString()).bind("now", now).execute();
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO cycle_held (program, period, household_id, channel, reason, recorded_at, rule)
                    SELECT :p, :period, household_id, channel, :reason, :now, :rule FROM household
                    WHERE household_id = :id
                    ON CONFLICT (program, period, household_id) DO UPDATE SET reason = EXCLUDED.reason,
                        rule = EXCLUDED.rule""");
            for (PreExportScreen.Hold held : heldOut) {
                batch.bind("p", program).bind("period", period.toString()).bind("id", held.householdId())
                        .bind("reason", held.reason()).bind("now", now).bind("rule", held.rule()).add();
            }
            if (!heldOut.isEmpty()) {
                batch.execute();
            }
        });
    }
}
