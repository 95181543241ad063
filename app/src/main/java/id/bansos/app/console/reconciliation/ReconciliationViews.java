package id.bansos.app.console.reconciliation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.springframework.stereotype.Component;

/**
 * What the reconciliation screen shows, read from the inbox and the exception read models: per channel what applying
 * its files matched, and the breaks and suspense still open; the open breaks; the entries in suspense with any manual
 * match proposed for them; and the entries matched by hand.
 */
@Component
public class ReconciliationViews {

    /** The most entries of each kind one screen lists, oldest first. */
    public static final int LIMIT = 200;

    private static final String ENTRY_COLUMNS = """
            SELECT e.id, e.channel, e.kind, e.side, e.reference, e.amount, e.booked_on, e.reason,
                   m.reference, m.status, m.reason, m.proposed_by, m.decided_by, m.decision
            FROM recon_exception e LEFT JOIN suspense_match m ON m.exception_id = e.id""";

    private final Jdbi jdbi;

    public ReconciliationViews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Per channel: files applied and their lines matched, breaks, suspense, skipped; breaks and suspense open now. */
    public List<ChannelTotals> byChannel() {
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH applied AS (
                            SELECT channel, COUNT(*) AS files, SUM(matched_lines) AS matched,
                                   SUM(break_lines) AS breaks, SUM(suspense_lines) AS suspense,
                                   SUM(skipped_lines) AS skipped
                            FROM inbound_file WHERE status = 'APPLIED' GROUP BY channel),
                        open AS (
                            SELECT channel, COUNT(*) FILTER (WHERE kind = 'BREAK') AS breaks,
                                   COALESCE(SUM(amount) FILTER (WHERE kind = 'BREAK'), 0) AS break_amount,
                                   COUNT(*) FILTER (WHERE kind = 'SUSPENSE') AS suspense,
                                   COALESCE(SUM(amount) FILTER (WHERE kind = 'SUSPENSE'), 0) AS suspense_amount
                            FROM recon_exception WHERE resolved_at IS NULL GROUP BY channel)
                        SELECT COALESCE(a.channel, o.channel), COALESCE(a.files, 0), COALESCE(a.matched, 0),
                               COALESCE(a.breaks, 0), COALESCE(a.suspense, 0), COALESCE(a.skipped, 0),
                               COALESCE(o.breaks, 0), COALESCE(o.break_amount, 0), COALESCE(o.suspense, 0),
                               COALESCE(o.suspense_amount, 0)
                        FROM applied a FULL JOIN open o ON o.channel = a.channel ORDER BY 1""")
                .map((rs, ctx) -> new ChannelTotals(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
                .list());
    }

    /** Open breaks: a line naming a payment and disagreeing with it. */
    public List<Entry> openBreaks(String channel) {
        return entries("BREAK", channel);
    }

    /** Open suspense entries: money on a holding account that matched no payment, with any match proposed. */
    public List<Entry> openSuspense(String channel) {
        return entries("SUSPENSE", channel);
    }

    /** Suspense entries matched by hand: who proposed, who approved; newest first. */
    public List<Entry> matchedByHand(String channel) {
        return jdbi.withHandle(h -> h.createQuery(ENTRY_COLUMNS + """
                         WHERE m.status = 'APPROVED' AND (:channel IS NULL OR e.channel = :channel)
                        ORDER BY m.decided_at DESC LIMIT :limit""")
                .bind("channel", channel).bind("limit", LIMIT).map(ReconciliationViews::entry).list());
    }

    private List<Entry> entries(String kind, String channel) {
        return jdbi.withHandle(h -> h.createQuery(ENTRY_COLUMNS + """
                         WHERE e.kind = :kind AND e.resolved_at IS NULL AND (:channel IS NULL OR e.channel = :channel)
                        ORDER BY e.recorded_at, e.id LIMIT :limit""")
                .bind("kind", kind).bind("channel", channel).bind("limit", LIMIT)
                .map(ReconciliationViews::entry).list());
    }

    private static Entry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, Long.class), rs.getObject(7, LocalDate.class), rs.getString(8),
                rs.getString(9) == null ? null : new Match(rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getString(14)));
    }

    /** One channel's reconciliation. */
    public record ChannelTotals(String channel, long files, long matched, long breaks, long suspense, long skipped,
                                long openBreaks, long openBreakAmount, long openSuspense, long openSuspenseAmount) {
    }

    /** A break or a suspense entry, with the manual match proposed or decided for it, if any. */
    public record Entry(long id, String channel, String kind, String side, String reference, Long amount,
                        LocalDate bookedOn, String reason, Match match) {

        /** Whether a match waits for a second person. */
        public boolean proposed() {
            return match != null && "PROPOSED".equals(match.status());
        }
    }

    /** A manual match: the payment proposed, where it stands, why, who proposed and who decided, and their word. */
    public record Match(String reference, String status, String reason, String proposedBy, String decidedBy,
                        String decision) {
    }
}
