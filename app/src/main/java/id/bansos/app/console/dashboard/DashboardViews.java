package id.bansos.app.console.dashboard;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures for one period, read from the payment line and case read models: lines and rupiah per
 * program, channel and status (lines released from their batch left out), open flags by type, and the bank credits
 * nobody has withdrawn yet by how long ago they were booked.
 */
@Component
public class DashboardViews {

    /** The age bands of unclaimed credits, in days since booking: 0–30, 31–60, 61–90 and over 90. */
    public static final List<String> AGE_BANDS = List.of("0-30", "31-60", "61-90", "90+");

    private static final String PAID_LINES = "FROM payment_line WHERE period = :period AND status <> 'RELEASED'";

    private final Jdbi jdbi;

    public DashboardViews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest period that has batches: the current cycle. */
    public Optional<String> currentPeriod() {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(period) FROM payment_batch").mapTo(String.class)
                .findOne());
    }

    /** Lines and rupiah per program. */
    public List<Figure> byProgram(String period) {
        return grouped("program", period);
    }

    /** Lines and rupiah per bank or PT Pos. */
    public List<Figure> byChannel(String period) {
        return grouped("channel", period);
    }

    /** Lines and rupiah per payment status (scheduled, credited, rejected, returned). */
    public List<Figure> byStatus(String period) {
        return grouped("status", period);
    }

    /** Flags of open cases by type, with the rupiah they concern. */
    public List<Figure> openFlags() {
        return Figure.chart(jdbi.withHandle(h -> h.createQuery("""
                        SELECT f.type, COUNT(*), SUM(f.amount) FROM case_flag f
                        JOIN investigation_case c ON c.case_id = f.case_id
                        WHERE c.status = 'OPEN' GROUP BY f.type ORDER BY f.type""")
                .map((rs, ctx) -> new Figure(rs.getString(1), rs.getLong(2), rs.getLong(3), 0)).list()));
    }

    /**
     * Bank credits of the period nobody has withdrawn, by days since the bank booked them, in the bands of
     * {@link #AGE_BANDS} (every band listed, empty ones too). PT Pos pays in cash, so it has none.
     */
    public List<Figure> unclaimedAgeing(String period) {
        List<Figure> found = jdbi.withHandle(h -> h.createQuery("""
                        SELECT CASE WHEN age <= 30 THEN '0-30' WHEN age <= 60 THEN '31-60'
                                    WHEN age <= 90 THEN '61-90' ELSE '90+' END AS band, COUNT(*), SUM(amount)
                        FROM (SELECT CURRENT_DATE - booked_on AS age, amount FROM payment_line
                              WHERE period = :period AND status = 'CREDITED' AND withdrawn_on IS NULL
                                AND booked_on IS NOT NULL AND channel <> 'POS') unclaimed
                        GROUP BY band""")
                .bind("period", period)
                .map((rs, ctx) -> new Figure(rs.getString(1), rs.getLong(2), rs.getLong(3), 0)).list());
        return Figure.chart(AGE_BANDS.stream().map(band -> found.stream().filter(f -> f.key().equals(band))
                .findFirst().orElse(new Figure(band, 0, 0, 0))).toList());
    }

    private List<Figure> grouped(String column, String period) {
        return Figure.chart(jdbi.withHandle(h -> h.createQuery("SELECT " + column + ", COUNT(*), SUM(amount) "
                        + PAID_LINES + " GROUP BY " + column + " ORDER BY " + column)
                .bind("period", period)
                .map((rs, ctx) -> new Figure(rs.getString(1), rs.getLong(2), rs.getLong(3), 0)).list()));
    }
}
