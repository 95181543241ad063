package id.bansos.app.reports;

import id.bansos.ledger.kpm.Provinces;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * Laporan penyaluran: per program, period, region and channel, the households and payment lines, and where their
 * money is — not yet funded, funded and held at the channel, instructed (in flight, credited, returned). Read from the
 * payment lines and their batches. Regions are provinces, or a province's regencies when the filter names one.
 */
@Component
public class DisbursementReport {

    /** The report's name. */
    public static final String NAME = "disbursement";

    static final List<Column> COLUMNS = List.of(Column.text("program"), Column.text("period"),
            Column.text("regionCode"), Column.text("regionName"), Column.text("channel"), Column.count("households"),
            Column.count("lines"), Column.amount("unfunded"), Column.amount("funded"), Column.amount("held"),
            Column.amount("instructed"), Column.amount("inFlight"), Column.amount("credited"),
            Column.amount("returned"), Column.amount("creditedAgain"));

    private final Jdbi jdbi;

    public DisbursementReport(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The report for {@code filter}; a note says whether funded = held + in flight + credited + returned. */
    public ReportTable of(ReportFilter filter) {
        int regionDigits = filter.province() == null ? 2 : 4;
        List<List<Object>> rows = jdbi.withHandle(h -> h.createQuery("""
                        WITH line AS (
                            SELECT l.program, l.period, LEFT(l.region_code, :digits) AS region, l.channel,
                                   l.household_id, l.amount, l.status, l.credits,
                                   b.funded_amount > 0 AS funded, b.status = 'EXPORTED' AS exported
                            FROM payment_line l JOIN payment_batch b ON b.batch_id = l.batch_id
                            WHERE l.status <> 'RELEASED'
                              AND (CAST(:program AS TEXT) IS NULL OR l.program = :program)
                              AND (CAST(:period AS TEXT) IS NULL OR l.period = :period)
                              AND (CAST(:channel AS TEXT) IS NULL OR l.channel = :channel)
                              AND (CAST(:province AS TEXT) IS NULL OR LEFT(l.region_code, 2) = :province))
                        SELECT program, period, region, channel, COUNT(DISTINCT household_id), COUNT(*),
                               COALESCE(SUM(amount) FILTER (WHERE NOT funded), 0),
                               COALESCE(SUM(amount) FILTER (WHERE funded), 0),
                               COALESCE(SUM(amount) FILTER (WHERE funded AND NOT exported), 0),
                               COALESCE(SUM(amount) FILTER (WHERE funded AND exported), 0),
                               COALESCE(SUM(amount) FILTER (WHERE funded AND exported AND status = 'SCHEDULED'), 0),
                               COALESCE(SUM(amount) FILTER (WHERE status = 'CREDITED'), 0),
                               COALESCE(SUM(amount) FILTER (WHERE status IN ('REJECTED', 'RETURNED', 'REISSUABLE')), 0),
                               COALESCE(SUM(amount * (credits - 1)) FILTER (WHERE credits > 1), 0)
                        FROM line GROUP BY program, period, region, channel
                        ORDER BY program, period, region, channel""")
                .bind("digits", regionDigits).bind("program", filter.program())
                .bind("period", filter.period() == null ? null : filter.period().toString())
                .bind("channel", filter.channel()).bind("province", filter.province())
                .map((rs, ctx) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3),
                        regionName(rs.getString(3)), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                        rs.getLong(14)))
                .list());
        ReportTable table = ReportTable.totalled(NAME, filter, COLUMNS, rows, List.of());
        return table.withNote(balanceNote(table));
    }

    private static ReportTable.Note balanceNote(ReportTable t) {
        long funded = t.total("funded");
        long accounted = t.total("held") + t.total("inFlight") + t.total("credited") + t.total("returned");
        return new ReportTable.Note(funded == accounted ? "fundedBalances" : "fundedDiffers",
                List.of(funded, accounted));
    }

    /** The province's name, also for a regency (whose own name the read models do not keep). */
    static String regionName(String code) {
        return Provinces.name(code.substring(0, 2)).orElse("");
    }
}
