package id.bansos.app.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.springframework.stereotype.Component;

/**
 * The audit log of views of personal data, exports and decisions. Entries are only ever added; the newest come first
 * when read. Each entry is written in a transaction of its own, so what is audited stays audited even when the
 * caller's work fails afterwards; only a decision's entry joins the decision's transaction ({@code DecisionAudit}).
 */
@Component
public class AuditLog {

    private static final int MAX_ROWS = 1_000;

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.clock = Clock.systemUTC();
    }

    /** Records that {@code actor} did {@code action} to {@code subject}, for {@code reason}. */
    public void record(String actor, AuditAction action, String subject, String reason, String detail) {
        AuditEntry e = new AuditEntry(0, clock.instant(), actor, action, subject, reason, detail);
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO audit_log (at, actor, action, subject, reason, detail)
                        VALUES (:at, :actor, :action, :subject, :reason, :detail)""")
                .bind("at", e.at()).bind("actor", e.actor()).bind("action", e.action().name())
                .bind("subject", e.subject()).bind("reason", e.reason()).bind("detail", e.detail())
                .execute());
    }

    /** Entries matching {@code filter}, newest first, at most 1,000. */
    public List<AuditEntry> find(Filter filter) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, at, actor, action, subject, reason, detail FROM audit_log WHERE TRUE");
        if (filter.actor() != null) {
            sql.append(" AND actor = :actor");
        }
        if (filter.action() != null) {
            sql.append(" AND action = :action");
        }
        if (filter.subject() != null) {
            sql.append(" AND subject = :subject");
        }
        if (filter.since() != null) {
            sql.append(" AND at >= :since");
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ").append(MAX_ROWS);
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString());
            if (filter.actor() != null) {
                q.bind("actor", filter.actor());
            }
            if (filter.action() != null) {
                q.bind("action", filter.action().name());
            }
            if (filter.subject() != null) {
                q.bind("subject", filter.subject());
            }
            if (filter.since() != null) {
                q.bind("since", filter.since());
            }
            return q.map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                    rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("subject"),
                    rs.getString("reason"), rs.getString("detail"))).list();
        });
    }

    /** Which entries to read; a null field matches every entry. */
    public record Filter(String actor, AuditAction action, String subject, Instant since) {

        /** Every entry. */
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }
}
