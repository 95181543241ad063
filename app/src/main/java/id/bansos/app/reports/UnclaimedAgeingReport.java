package id.bansos.app.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * Unclaimed money (dana mengendap) by age: payments a bank credited that the KPM has not withdrawn (no line in the
 * bank's claim reports), aged from the day booked; and PT Pos payouts exported but reported neither paid nor returned,
 * aged from the first collection day. Per program, period, channel and region, in buckets of 0–30, 31–60, 61–90 and
 * over 90 days, counts and amounts.
 */
@Component
public class UnclaimedAgeingReport {

    /** The report's name. */
    public static final String NAME = "unclaimed";

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    static final List<Column> COLUMNS = List.of(Column.text("program"), Column.text("period"),
            Column.text("channel"), Column.text("regionCode"), Column.text("regionName"),
            Column.count("count0to30"), Column.amount("amount0to30"),
            Column.count("count31to60"), Column.amount("amount31to60"),
            Column.count("count61to90"), Column.amount("amount61to90"),
            Column.count("countOver90"), Column.amount("amountOver90"),
            Column.count("unclaimedCount"), Column.amount("unclaimedAmount"));

    private final Jdbi jdbi;

    public UnclaimedAgeingReport(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The report for {@code filter}, aged to its {@code asOf} day (today in WIB when none). */
    public ReportTable of(ReportFilter filter) {
        LocalDate asOf = filter.asOf() != null ? filter.asOf() : LocalDate.now(WIB);
        ReportFilter aged = new ReportFilter(filter.program(), filter.period(), filter.channel(), filter.province(),
                asOf);
        List<List<Object>> rows = jdbi.withHandle(h -> h.createQuery("""
                        WITH waiting AS (
                            SELECT l.program, l.period, l.channel, LEFT(l.region_code, :digits) AS region, l.amount,
                                   GREATEST(0, CAST(:asOf AS DATE) - l.booked_on) AS age
                            FROM payment_line l
                            WHERE l.status = 'CREDITED' AND l.withdrawn_on IS NULL AND l.channel <> 'POS'
                              AND l.booked_on IS NOT NULL
                            UNION ALL
                            SELECT l.program, l.period, l.channel, LEFT(l.region_code, :digits), l.amount,
                                   GREATEST(0, CAST(:asOf AS DATE) - b.requested_execution_date)
                            FROM payment_line l JOIN payment_batch b ON b.batch_id = l.batch_id
                            WHERE l.channel = 'POS' AND l.status = 'SCHEDULED' AND b.status = 'EXPORTED'
                              AND b.requested_execution_date IS NOT NULL)
                        SELECT program, period, channel, region,
                               COUNT(*) FILTER (WHERE age <= 30), COALESCE(SUM(amount) FILTER (WHERE age <= 30), 0),
                               COUNT(*) FILTER (WHERE age BETWEEN 31 AND 60),
                               COALESCE(SUM(amount) FILTER (WHERE age BETWEEN 31 AND 60), 0),
                               COUNT(*) FILTER (WHERE age BETWEEN 61 AND 90),
                               COALESCE(SUM(amount) FILTER (WHERE age BETWEEN 61 AND 90), 0),
                               COUNT(*) FILTER (WHERE age > 90), COALESCE(SUM(amount) FILTER (WHERE age > 90), 0),
                               COUNT(*), SUM(amount)
                        FROM waiting
                        WHERE (CAST(:program AS TEXT) IS NULL OR program = :program)
                          AND (CAST(:period AS TEXT) IS NULL OR period = :period)
                          AND (CAST(:channel AS TEXT) IS NULL OR channel = :channel)
                          AND (CAST(:province AS TEXT) IS NULL OR LEFT(region, 2) = :province)
                        GROUP BY program, period, channel, region ORDER BY program, period, channel, region""")
                .bind("digits", filter.province() == null ? 2 : 4).bind("asOf", asOf)
                .bind("program", filter.program())
                .bind("period", filter.period() == null ? null : filter.period().toString())
                .bind("channel", filter.channel()).bind("province", filter.province())
                .map((rs, ctx) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        DisbursementReport.regionName(rs.getString(4)), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                        rs.getLong(14)))
                .list());
        return ReportTable.totalled(NAME, aged, COLUMNS, rows, List.of());
    }
}
