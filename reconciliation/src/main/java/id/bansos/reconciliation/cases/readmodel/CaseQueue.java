package id.bansos.reconciliation.cases.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The investigation work queue as an investigator filters it: by type of flag, bank or PT Pos, region (province or
 * regency code prefix), age, amount, status and assignee; the oldest first.
 */
public class CaseQueue {

    private final Jdbi jdbi;
    private final Clock clock;

    public CaseQueue(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * What to show; every field may be {@code null} for no filter.
     *
     * @param region        a province (2 digits) or regency (4 digits) code, matched as a prefix of the household's
     *                      region
     * @param minAgeDays    cases opened at least this many days ago
     * @param minAmount     cases concerning at least this many rupiah
     * @param status        {@code OPEN} or {@code RESOLVED}
     */
    public record Filter(String type, String channel, String region, Integer minAgeDays, Long minAmount,
                         String status, String assignee, int limit) {
    }

    /** One case in the queue. */
    public record Item(String caseId, String status, String resolution, String householdId, String regionCode,
                       String channel, String types, int flags, long amount, String assignee, OffsetDateTime openedAt,
                       long ageDays) {
    }

    /** The cases that pass the filter, oldest first. */
    public List<Item> cases(Filter f) {
        Instant now = clock.instant();
        OffsetDateTime openedBefore = f.minAgeDays() == null ? null
                : now.minus(f.minAgeDays(), ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.case_id, c.status, c.resolution, c.household_id, h.region_code, c.channel, c.types,
                               c.flags, c.amount, c.assignee, c.opened_at
                        FROM investigation_case c LEFT JOIN household h ON h.household_id = c.household_id
                        WHERE (CAST(:type AS TEXT) IS NULL
                               OR EXISTS (SELECT 1 FROM case_flag f WHERE f.case_id = c.case_id AND f.type = :type))
                          AND (CAST(:channel AS TEXT) IS NULL OR c.channel = :channel)
                          AND (CAST(:region AS TEXT) IS NULL OR h.region_code LIKE :region || '%')
                          AND (CAST(:before AS TIMESTAMPTZ) IS NULL OR c.opened_at <= :before)
                          AND (CAST(:amount AS BIGINT) IS NULL OR c.amount >= :amount)
                          AND (CAST(:status AS TEXT) IS NULL OR c.status = :status)
                          AND (CAST(:assignee AS TEXT) IS NULL OR c.assignee = :assignee)
                        ORDER BY c.opened_at, c.case_id LIMIT :limit""")
                .bind("type", f.type()).bind("channel", f.channel()).bind("region", f.region())
                .bind("before", openedBefore).bind("amount", f.minAmount()).bind("status", f.status())
                .bind("assignee", f.assignee()).bind("limit", f.limit())
                .map((rs, ctx) -> {
                    OffsetDateTime opened = rs.getObject(11, OffsetDateTime.class);
                    return new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getLong(9),
                            rs.getString(10), opened, ChronoUnit.DAYS.between(opened.toInstant(), now));
                }).list());
    }
}
