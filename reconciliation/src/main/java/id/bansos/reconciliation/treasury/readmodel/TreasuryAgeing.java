package id.bansos.reconciliation.treasury.readmodel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Returned money per program, period and channel on its way to kas negara: how much came back, how much was deposited,
 * and since when the oldest rupiah not yet deposited has been waiting (deposits settle the oldest returns first).
 */
public class TreasuryAgeing {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final Jdbi jdbi;

    public TreasuryAgeing(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * One program, period and channel.
     *
     * @param waitingSince the day the oldest returned rupiah not yet deposited came back; null when all is deposited
     */
    public record Line(String program, YearMonth period, String channel, long returned, long deposited,
                       LocalDate waitingSince) {

        /** Returned and not yet deposited. */
        public long awaiting() {
            return returned - deposited;
        }

        /** Days the oldest undeposited rupiah has waited on {@code today}; 0 when nothing waits. */
        public long ageDays(LocalDate today) {
            return waitingSince == null ? 0 : ChronoUnit.DAYS.between(waitingSince, today);
        }
    }

    /** Every program, period and channel with returned money. */
    public List<Line> lines() {
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH returned AS (
                            SELECT program, period, channel, updated_at, amount,
                                   SUM(amount) OVER (PARTITION BY program, period, channel
                                                     ORDER BY updated_at, reference) AS running
                            FROM payment_line WHERE status IN ('REJECTED', 'RETURNED', 'REISSUABLE')),
                        deposited AS (
                            SELECT program, period, channel, SUM(amount) AS total FROM trail_posting
                            WHERE to_account = 'TREASURY' GROUP BY program, period, channel)
                        SELECT r.program, r.period, r.channel, MAX(r.running), COALESCE(d.total, 0),
                               MIN(r.updated_at) FILTER (WHERE r.running > COALESCE(d.total, 0))
                        FROM returned r LEFT JOIN deposited d
                            ON d.program = r.program AND d.period = r.period AND d.channel = r.channel
                        GROUP BY r.program, r.period, r.channel, d.total
                        ORDER BY r.program, r.period, r.channel""")
                .map((rs, ctx) -> {
                    OffsetDateTime since = rs.getObject(6, OffsetDateTime.class);
                    return new Line(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), since == null ? null : since.atZoneSameInstant(WIB).toLocalDate());
                }).list());
    }
}
