package id.bansos.reconciliation.matching.axon;

import id.bansos.reconciliation.cases.axon.CaseProjection;
import id.bansos.reconciliation.matching.SuspenseMatchEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps {@code suspense_match} — the manual matches proposed and decided — in step with their events. Runs in the case
 * read model's processor, beside the work queue it serves.
 */
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
public class SuspenseMatchProjection {

    /** The table this projection owns; a replay empties and rebuilds it. */
    public static final List<String> TABLES = List.of("suspense_match");

    private final Jdbi jdbi;

    public SuspenseMatchProjection(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @ResetHandler
    void reset() {
        jdbi.useHandle(h -> h.execute("TRUNCATE " + String.join(", ", TABLES)));
    }

    @EventHandler
    void on(SuspenseMatchEvent.Proposed e, @Timestamp Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO suspense_match (exception_id, reference, status, reason, proposed_by, proposed_at)
                        VALUES (:id, :ref, 'PROPOSED', :reason, :by, :at)
                        ON CONFLICT (exception_id) DO UPDATE SET reference = EXCLUDED.reference, status = 'PROPOSED',
                            reason = EXCLUDED.reason, proposed_by = EXCLUDED.proposed_by,
                            proposed_at = EXCLUDED.proposed_at, decided_by = NULL, decided_at = NULL,
                            decision = NULL""")
                .bind("id", e.entryId()).bind("ref", e.reference()).bind("reason", e.reason())
                .bind("by", e.proposedBy()).bind("at", time(at)).execute());
    }

    @EventHandler
    void on(SuspenseMatchEvent.Approved e, @Timestamp Instant at) {
        decided(e.entryId(), "APPROVED", e.approvedBy(), null, at);
    }

    @EventHandler
    void on(SuspenseMatchEvent.Rejected e, @Timestamp Instant at) {
        decided(e.entryId(), "REJECTED", e.rejectedBy(), e.reason(), at);
    }

    private void decided(long entryId, String status, String by, String decision, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE suspense_match SET status = :status, decided_by = :by, decided_at = :at,
                            decision = :decision WHERE exception_id = :id""")
                .bind("id", entryId).bind("status", status).bind("by", by).bind("at", time(at))
                .bind("decision", decision).execute());
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
