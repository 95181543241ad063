package id.bansos.reconciliation.cases.readmodel;

import static id.bansos.ledger.readmodel.ReadModelWrites.binds;

import id.bansos.ledger.readmodel.ReadModelWrites;
import id.bansos.reconciliation.cases.CaseEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The investigation work queue: one row per case, its flags, and its trail of who did what when. Every write names
 * its case, so that the writes of one batch of events keep each case's order and go out as a few JDBC batches (see
 * {@link ReadModelWrites}).
 */
public class CaseReadModel {

    private static final String INSERT_FLAG = """
            INSERT INTO case_flag (flag_key, case_id, type, household_id, channel, subject, amount, evidence, raised_at)
            VALUES (:key, :case, :type, :household, :channel, :subject, :amount, :evidence, :at)
            ON CONFLICT (flag_key) DO NOTHING""";
    private static final String COUNT_FLAGS = """
            INSERT INTO investigation_case (case_id, household_id, channel, status, opened_at, updated_at, flags,
                amount, types)
            SELECT :case, :household, :channel, 'OPEN', :at, :at, COUNT(*), SUM(amount),
                   string_agg(DISTINCT type, ',' ORDER BY type)
            FROM case_flag WHERE case_id = :case
            ON CONFLICT (case_id) DO UPDATE SET flags = EXCLUDED.flags, amount = EXCLUDED.amount,
                types = EXCLUDED.types, updated_at = EXCLUDED.updated_at""";
    private static final String ASSIGN = """
            UPDATE investigation_case SET assignee = :who, updated_at = :at WHERE case_id = :case""";
    private static final String STATUS = """
            UPDATE investigation_case SET status = :status, resolution = :resolution, updated_at = :at
            WHERE case_id = :case""";
    private static final String CLEAR = """
            INSERT INTO case_clearance (household_id, type, case_id, cleared_by, cleared_at)
            SELECT DISTINCT household_id, type, :case, :by, :at FROM case_flag
            WHERE case_id = :case AND household_id IS NOT NULL
            ON CONFLICT (household_id, type) DO NOTHING""";
    private static final String TRAIL = """
            INSERT INTO case_trail (case_id, seq, at, actor, action, detail)
            VALUES (:case, :seq, :at, :actor, :action, :detail) ON CONFLICT (case_id, seq) DO NOTHING""";

    private final Jdbi jdbi;

    public CaseReadModel(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A flag opened or joined a case. */
    public void flagRaised(ReadModelWrites w, CaseEvent.FlagRaised e, Instant at) {
        var f = e.flag();
        w.ordered(e.caseId(), INSERT_FLAG, binds("key", f.key(), "case", e.caseId(), "type", f.type().name(),
                "household", f.householdId(), "channel", f.channel(), "subject", f.subject(), "amount", f.amount(),
                "evidence", f.evidence(), "at", time(at)));
        w.ordered(e.caseId(), COUNT_FLAGS, binds("case", e.caseId(), "household", f.householdId(),
                "channel", f.channel(), "at", time(at)));
    }

    /** The case was assigned. */
    public void assigned(ReadModelWrites w, String caseId, String assignee, Instant at) {
        w.ordered(caseId, ASSIGN, binds("case", caseId, "who", assignee, "at", time(at)));
    }

    /** The case's status changed. */
    public void status(ReadModelWrites w, String caseId, String status, String resolution, Instant at) {
        w.ordered(caseId, STATUS, binds("case", caseId, "status", status, "resolution", resolution, "at", time(at)));
    }

    /**
     * The case was cleared as a false positive: its household is not held or flagged again for the types of flag the
     * case holds.
     */
    public void cleared(ReadModelWrites w, String caseId, String by, Instant at) {
        w.ordered(caseId, CLEAR, binds("case", caseId, "by", by, "at", time(at)));
    }

    /** One step of the case's trail. */
    public void trail(ReadModelWrites w, String caseId, long seq, Instant at, String actor, String action,
                      String detail) {
        w.ordered(caseId, TRAIL, binds("case", caseId, "seq", seq, "at", time(at), "actor", actor, "action", action,
                "detail", detail));
    }

    /** Empties the tables for a replay. */
    public void truncate(List<String> tables) {
        jdbi.useHandle(h -> h.execute("TRUNCATE " + String.join(", ", tables)));
    }

    private static java.time.OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
