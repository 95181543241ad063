package id.bansos.app.console.batches;

import id.bansos.ledger.privacy.PersonalData;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * How a batch differs from what its program paid through the same bank in the previous period, read from the payment
 * line read model: households new to it, households dropped from it (held this period, with the reason, or gone), and
 * households paid to another account than before. Lines released from their batch count as not paid.
 */
@Component
public class BatchChanges {

    private final Jdbi jdbi;

    public BatchChanges(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest period before the batch's in which its program had batches. */
    public Optional<String> previousPeriod(BatchViews.Batch batch) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT MAX(period) FROM payment_batch WHERE program = :program AND period < :period""")
                .bind("program", batch.program()).bind("period", batch.period()).mapTo(String.class).findOne());
    }

    /** The changes against {@code previous}, by kind ({@link Change.Kind} order) and household. */
    public List<Change> against(BatchViews.Batch batch, String previous) {
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH paid_now AS (
                            SELECT household_id, account_number, amount, batch_id FROM payment_line
                            WHERE program = :program AND period = :period AND channel = :channel
                              AND status <> 'RELEASED'),
                        this_batch AS (SELECT * FROM paid_now WHERE batch_id = :batch),
                        paid_before AS (
                            SELECT DISTINCT ON (household_id) household_id, account_number, amount FROM payment_line
                            WHERE program = :program AND period = :previous AND channel = :channel
                              AND status <> 'RELEASED'
                            ORDER BY household_id, attempt DESC)
                        SELECT 0 AS kind, t.household_id, NULL AS account_before, t.account_number AS account_now,
                               t.amount, NULL AS held_reason
                        FROM this_batch t
                        WHERE NOT EXISTS (SELECT 1 FROM paid_before b WHERE b.household_id = t.household_id)
                        UNION ALL
                        SELECT CASE WHEN c.household_id IS NULL THEN 1 ELSE 2 END, b.household_id,
                               b.account_number, NULL, b.amount, c.reason
                        FROM paid_before b LEFT JOIN cycle_held c ON c.program = :program AND c.period = :period
                             AND c.household_id = b.household_id
                        WHERE NOT EXISTS (SELECT 1 FROM paid_now n WHERE n.household_id = b.household_id)
                        UNION ALL
                        SELECT 3, t.household_id, b.account_number, t.account_number, t.amount, NULL
                        FROM this_batch t JOIN paid_before b ON b.household_id = t.household_id
                        WHERE t.account_number IS DISTINCT FROM b.account_number
                        ORDER BY 1, 2""")
                .bind("program", batch.program()).bind("period", batch.period()).bind("channel", batch.channel())
                .bind("batch", batch.batchId()).bind("previous", previous)
                .map((rs, ctx) -> new Change(Change.Kind.values()[rs.getInt(1)], rs.getString(2),
                        reveal(rs.getString(3)), reveal(rs.getString(4)), rs.getLong(5), rs.getString(6)))
                .list());
    }

    /** How many changes of each kind, every kind listed. */
    public static Map<Change.Kind, Long> counts(List<Change> changes) {
        Map<Change.Kind, Long> counts = new EnumMap<>(Change.Kind.class);
        for (Change.Kind kind : Change.Kind.values()) {
            counts.put(kind, changes.stream().filter(c -> c.kind() == kind).count());
        }
        return counts;
    }

    private static String reveal(String token) {
        return token == null ? null : PersonalData.current().reveal(token);
    }

    /**
     * One household's change: its account before and now (unmasked here; screens mask them), the amount paid now or,
     * for a household no longer paid, before, and why it is held.
     */
    public record Change(Kind kind, String householdId, String accountBefore, String accountNow, long amount,
                         String heldReason) {

        /** What changed, in the order the screen lists them. */
        public enum Kind {
            /** Paid now, not paid through this bank in the previous period. */
            NEW,
            /** Paid through this bank in the previous period, not now, and not held. */
            DROPPED,
            /** Paid through this bank in the previous period, held out of this cycle. */
            HELD,
            /** Paid both times, to another account now. */
            ACCOUNT_CHANGED
        }
    }
}
