package id.bansos.app.reconciliation;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/** Flags as raised, with their case's status, newest first; evidence already shows personal numbers masked. */
@Component
public class FlagQueries {

    /** The most flags one answer lists. */
    public static final int LIMIT = 500;

    private final Jdbi jdbi;

    public FlagQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The flags that pass the filter; each field may be {@code null} for no filter.
     *
     * @param open {@code true} for flags whose case is open, {@code false} for resolved ones
     */
    public List<FlagRow> flags(String type, String channel, String householdId, Boolean open, OffsetDateTime since) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT f.flag_key, f.case_id, f.type, f.household_id, f.channel, f.subject, f.amount,
                               f.evidence, f.raised_at, c.status
                        FROM case_flag f JOIN investigation_case c ON c.case_id = f.case_id
                        WHERE (CAST(:type AS TEXT) IS NULL OR f.type = :type)
                          AND (CAST(:channel AS TEXT) IS NULL OR f.channel = :channel)
                          AND (CAST(:household AS TEXT) IS NULL OR f.household_id = :household)
                          AND (CAST(:open AS BOOLEAN) IS NULL OR (c.status = 'OPEN') = :open)
                          AND (CAST(:since AS TIMESTAMPTZ) IS NULL OR f.raised_at >= :since)
                        ORDER BY f.raised_at DESC, f.flag_key LIMIT :limit""")
                .bind("type", type).bind("channel", channel).bind("household", householdId).bind("open", open)
                .bind("since", since).bind("limit", LIMIT)
                .map((rs, ctx) -> new FlagRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10)))
                .list());
    }

    /** A flag and the status of its case. */
    public record FlagRow(String key, String caseId, String type, String householdId, String channel, String subject,
                          long amount, String evidence, OffsetDateTime raisedAt, String caseStatus) {
    }
}
