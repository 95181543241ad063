package id.bansos.reconciliation.trail.readmodel;

import id.bansos.ledger.readmodel.ReadModelWrites;
import id.bansos.reconciliation.trail.Account;
import id.bansos.reconciliation.trail.MoneyMovement;
import id.bansos.reconciliation.trail.MoneyTrail;
import id.bansos.reconciliation.trail.Posting;
import id.bansos.reconciliation.trail.PostingRules;
import id.bansos.reconciliation.trail.TrailKey;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/** The money trail's tables: the batches' keys, and the postings, each keyed by the event that made it. */
public class TrailPostings {

    private static final ReadModelWrites.RowSet INSERT_POSTINGS = new ReadModelWrites.RowSet("""
            INSERT INTO trail_posting (event_id, program, period, channel, from_account, to_account, amount, reason,
                reference, at)
            SELECT v.event, v.program, v.period, v.channel, v.from_account, v.to_account, v.amount::bigint, v.reason,
                v.reference, v.at::timestamptz
            FROM unnest(:event::text[], :program::text[], :period::text[], :channel::text[], :from::text[],
                    :to::text[], :amount::text[], :reason::text[], :reference::text[], :at::text[])
                AS v(event, program, period, channel, from_account, to_account, amount, reason, reference, at)
            ON CONFLICT (event_id) DO NOTHING""",
            List.of("event", "program", "period", "channel", "from", "to", "amount", "reason", "reference", "at"));

    private final Jdbi jdbi;

    public TrailPostings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Remembers where a batch's money is tracked. */
    public void batch(String batchId, TrailKey key) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO trail_batch (batch_id, program, period, channel)
                        VALUES (:id, :program, :period, :channel)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .bind("id", batchId).bind("program", key.program()).bind("period", key.period().toString())
                .bind("channel", key.channel()).execute());
    }

    /** Posts a movement of a batch's money, at the batch's key, with the writes of the batch of events. */
    public void forBatch(ReadModelWrites writes, String batchId, Function<TrailKey, MoneyMovement> movement,
                         String eventId, Instant at) {
        TrailKey key = jdbi.withHandle(h -> h.createQuery(
                        "SELECT program, period, channel FROM trail_batch WHERE batch_id = :id").bind("id", batchId)
                .map((rs, ctx) -> new TrailKey(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getString(3)))
                .one());
        post(writes, movement.apply(key), eventId, at);
    }

    /**
     * Posts one movement with the writes of the batch of events; the same event again posts nothing. Postings are
     * only ever inserted, so they go in the batch's first phase, one statement for the whole batch of events.
     */
    public void post(ReadModelWrites writes, MoneyMovement movement, String eventId, Instant at) {
        Posting p = PostingRules.postingFor(movement);
        writes.phase(0, INSERT_POSTINGS, ReadModelWrites.binds("event", eventId, "program", p.key().program(),
                "period", p.key().period().toString(), "channel", p.key().channel(), "from", p.from().name(),
                "to", p.to().name(), "amount", p.amount(), "reason", p.reason(), "reference", p.reference(),
                "at", at.atOffset(ZoneOffset.UTC)));
    }

    /** The trail as posted so far, optionally for one program and period; {@link MoneyTrail#violations()} checks it. */
    public MoneyTrail trail(String program, YearMonth period) {
        MoneyTrail trail = new MoneyTrail();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT program, period, channel, from_account, to_account, SUM(amount)
                        FROM trail_posting WHERE (:period IS NULL OR period = :period)
                          AND (:program IS NULL OR program = :program)
                        GROUP BY program, period, channel, from_account, to_account
                        ORDER BY program, period, channel, from_account, to_account""")
                .bind("period", period == null ? null : period.toString()).bind("program", program)
                .map((rs, ctx) -> new Posting(new TrailKey(rs.getString(1), YearMonth.parse(rs.getString(2)),
                        rs.getString(3)), Account.valueOf(rs.getString(4)), Account.valueOf(rs.getString(5)),
                        rs.getLong(6), "total", null))
                .forEach(trail::post));
        return trail;
    }

    /** Empties the tables for a replay. */
    public void truncate(List<String> tables) {
        jdbi.useHandle(h -> h.execute("TRUNCATE " + String.join(", ", tables)));
    }
}
