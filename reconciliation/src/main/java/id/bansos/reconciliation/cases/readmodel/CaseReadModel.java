package id.bansos.reconciliation.cases.readmodel;

import id.bansos.reconciliation.cases.CaseEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The investigation work queue: one row per case, its flags, and its trail of who did what when. */
public class CaseReadModel {

    private final Jdbi jdbi;

    public CaseReadModel(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A flag opened or joined a case. */
    public void flagRaised(CaseEvent.FlagRaised e, Instant at) {
        var f = e.flag();
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO case_flag (flag_key, case_id, type, household_id, channel, subject, amount,
                                evidence, raised_at)
                            VALUES (:key, :case, :type, :household, :channel, :subject, :amount, :evidence, :at)
                            ON CONFLICT (flag_key) DO NOTHING""")
                    .bind("key", f.key()).bind("case", e.caseId()).bind("type", f.type().name())
                    .bind("household", f.householdId()).bind("channel", f.channel()).bind("subject", f.subject())
                    .bind("amount", f.amount()).bind("evidence", f.evidence()).bind("at", time(at)).execute();
            h.createUpdate("""
                            INSERT INTO investigation_case (case_id, household_id, channel, status, opened_at, updated_at,
                                flags, amount, types)
                            SELECT :case, :household, :channel, 'OPEN', :at, :at, COUNT(*), SUM(amount),
                                   string_agg(DISTINCT type, ',' ORDER BY type)
                            FROM case_flag WHERE case_id = :case
                            ON CONFLICT (case_id) DO UPDATE SET flags = EXCLUDED.flags, amount = EXCLUDED.amount,
                                types = EXCLUDED.types, updated_at = EXCLUDED.updated_at""")
                    .bind("case", e.caseId()).bind("household", f.householdId()).bind("channel", f.channel())
                    .bind("at", time(at)).execute();
        });
    }

    /** The case was assigned. */
    public void assigned(String caseId, String assignee, Instant at) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE investigation_case SET assignee = :who, updated_at = :at WHERE case_id = :case")
                .bind("case", caseId).bind("who", assignee).bind("at", time(at)).execute());
    }

    /** The case's status changed. */
    public void status(String caseId, String status, String resolution, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE investigation_case SET status = :status, resolution = :resolution, updated_at = :at
                        WHERE case_id = :case""")
                .bind("case", caseId).bind("status", status).bind("resolution", resolution).bind("at", time(at))
                .execute());
    }

    /**
     * The case was cleared as a false positive: its household is not held or flagged again for the types of flag the
     * case holds.
     */
    public void cleared(String caseId, String by, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO case_clearance (household_id, type, case_id, cleared_by, cleared_at)
                        SELECT DISTINCT household_id, type, :case, :by, :at FROM case_flag
                        WHERE case_id = :case AND household_id IS NOT NULL
                        ON CONFLICT (household_id, type) DO NOTHING""")
                .bind("case", caseId).bind("by", by).bind("at", time(at)).execute());
    }

    /** One step of the case's trail. */
    public void trail(String caseId, long seq, Instant at, String actor, String action, String detail) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO case_trail (case_id, seq, at, actor, action, detail)
                        VALUES (:case, :seq, :at, :actor, :action, :detail) ON CONFLICT (case_id, seq) DO NOTHING""")
                .bind("case", caseId).bind("seq", seq).bind("at", time(at)).bind("actor", actor)
                .bind("action", action).bind("detail", detail).execute());
    }

    /** Empties the tables for a replay. */
    public void truncate(List<String> tables) {
        jdbi.useHandle(h -> h.execute("TRUNCATE " + String.join(", ", tables)));
    }

    private static java.time.OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
