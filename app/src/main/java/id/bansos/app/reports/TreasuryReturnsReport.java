package id.bansos.app.reports;

import id.bansos.reconciliation.treasury.readmodel.TreasuryAgeing;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * Returns to the treasury: per program, period and channel, the money that came back (rejected, returned, swept back
 * unclaimed, not collected at PT Pos), what of it was deposited to kas negara with the deposits' NTPNs and the day the
 * last deposit was recorded, and what is still to deposit with the day its oldest rupiah came back. Deposits are kept
 * per program, period and channel, so a province does not narrow this report.
 */
@Component
public class TreasuryReturnsReport {

    /** The report's name. */
    public static final String NAME = "returns";

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    static final List<Column> COLUMNS = List.of(Column.text("program"), Column.text("period"),
            Column.text("channel"), Column.count("returnedLines"), Column.amount("returned"),
            Column.amount("deposited"), Column.amount("pendingReturn"), Column.date("waitingSince"),
            Column.date("lastDeposit"), Column.text("ntpn"));

    private final TreasuryAgeing ageing;
    private final Jdbi jdbi;

    public TreasuryReturnsReport(TreasuryAgeing ageing, Jdbi jdbi) {
        this.ageing = ageing;
        this.jdbi = jdbi;
    }

    /** The report for {@code filter}. */
    public ReportTable of(ReportFilter filter) {
        Map<String, Deposits> deposits = deposits();
        List<List<Object>> rows = new ArrayList<>();
        for (TreasuryAgeing.Line line : ageing.lines()) {
            if (matches(filter, line)) {
                String key = key(line.program(), line.period().toString(), line.channel());
                Deposits d = deposits.getOrDefault(key, new Deposits(0, null, ""));
                List<Object> row = new ArrayList<>(List.of(line.program(), line.period().toString(), line.channel(),
                        d.returnedLines(), line.returned(), line.deposited(), line.awaiting()));
                row.add(line.waitingSince());
                row.add(d.lastDeposit());
                row.add(d.ntpns());
                rows.add(row);
            }
        }
        return ReportTable.totalled(NAME, filter, COLUMNS, rows, List.of());
    }

    private static boolean matches(ReportFilter f, TreasuryAgeing.Line line) {
        return (f.program() == null || f.program().equals(line.program()))
                && (f.period() == null || f.period().equals(line.period()))
                && (f.channel() == null || f.channel().equals(line.channel()));
    }

    private record Deposits(long returnedLines, LocalDate lastDeposit, String ntpns) {
    }

    private Map<String, Deposits> deposits() {
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH back AS (
                            SELECT program, period, channel, COUNT(*) AS lines FROM payment_line
                            WHERE status IN ('REJECTED', 'RETURNED', 'REISSUABLE') GROUP BY program, period, channel),
                        deposit AS (
                            SELECT program, period, channel, MAX(at) AS last_at,
                                   string_agg(reference, ' ' ORDER BY at, reference) AS ntpns
                            FROM trail_posting WHERE to_account = 'TREASURY' GROUP BY program, period, channel)
                        SELECT b.program, b.period, b.channel, b.lines, d.last_at, COALESCE(d.ntpns, '')
                        FROM back b LEFT JOIN deposit d
                            ON d.program = b.program AND d.period = b.period AND d.channel = b.channel""")
                .map((rs, ctx) -> {
                    OffsetDateTime last = rs.getObject(5, OffsetDateTime.class);
                    return Map.entry(key(rs.getString(1), rs.getString(2), rs.getString(3)), new Deposits(
                            rs.getLong(4), last == null ? null : last.atZoneSameInstant(WIB).toLocalDate(),
                            rs.getString(6)));
                })
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static String key(String program, String period, String channel) {
        return program + " " + period + " " + channel;
    }
}
