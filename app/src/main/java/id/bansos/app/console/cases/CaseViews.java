package id.bansos.app.console.cases;

import id.bansos.app.console.TrailStep;
import id.bansos.reconciliation.cases.readmodel.CaseQueue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.springframework.stereotype.Component;

/**
 * What the case screens show, read from the tables {@code CaseReadModel} keeps: the work queue, one case, its flags
 * with their evidence (personal numbers already masked by the flag scanner) and its trail.
 */
@Component
public class CaseViews {

    /** The most cases one queue screen lists. */
    public static final int QUEUE_LIMIT = 200;

    private static final String CASE_COLUMNS = """
            SELECT case_id, household_id, channel, status, resolution, assignee, flags, amount, types, opened_at,
                   updated_at FROM investigation_case""";

    private final Jdbi jdbi;
    private final CaseQueue queue;

    public CaseViews(Jdbi jdbi, CaseQueue queue) {
        this.jdbi = jdbi;
        this.queue = queue;
    }

    /** The work queue as filtered (see {@link CaseQueue}), oldest first, at most {@link #QUEUE_LIMIT} cases. */
    public List<CaseQueue.Item> queue(CaseQueue.Filter filter) {
        return queue.cases(filter);
    }

    /** The channels that have cases. */
    public List<String> channels() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT channel FROM investigation_case WHERE channel IS NOT NULL ORDER BY channel")
                .mapTo(String.class).list());
    }

    /** One case. */
    public Optional<Case> one(String caseId) {
        return jdbi.withHandle(h -> h.createQuery(CASE_COLUMNS + " WHERE case_id = :id").bind("id", caseId)
                .map(CaseViews::caseRow).findOne());
    }

    /** The case's flags, in the order they were raised. */
    public List<FlagRow> flags(String caseId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT type, subject, amount, evidence, raised_at FROM case_flag WHERE case_id = :id
                        ORDER BY raised_at, flag_key""")
                .bind("id", caseId).map((rs, ctx) -> new FlagRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .list());
    }

    /** Who did what on the case, in order. */
    public List<TrailStep> trail(String caseId) {
        return TrailStep.read(jdbi, "case_trail", "case_id", caseId);
    }

    private static Case caseRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Case(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getLong(8), List.of(rs.getString(9).split(",")),
                rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class));
    }

    /** A case as the screens show it. */
    public record Case(String caseId, String householdId, String channel, String status, String resolution,
                       String assignee, int flags, long amount, List<String> types, OffsetDateTime openedAt,
                       OffsetDateTime updatedAt) {

        /** Whether it is still to be worked. */
        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** One flag of a case. */
    public record FlagRow(String type, String subject, long amount, String evidence, OffsetDateTime raisedAt) {
    }
}
