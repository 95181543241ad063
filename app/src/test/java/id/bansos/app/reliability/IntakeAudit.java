package id.bansos.app.reliability;

import id.bansos.app.exchange.InboundFile;
import id.bansos.bank.hostile.HostileFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jdbi.v3.core.Jdbi;

/**
 * Watches the database while hostile files are received and applied: what a file left behind, read with real
 * queries. A refused file or a repeat may leave its receipt and quarantine record, nothing else; an accepted file may
 * add events and exceptions only with its own evidence ({@code <sha256>#<location>}); events are read through the
 * event store, which unseals their payloads.
 */
final class IntakeAudit {

    final List<String> crashes = new ArrayList<>();
    final List<String> traces = new ArrayList<>();
    long accepted;
    long refused;
    long repeats;
    long eventsOfAccepted;

    private final Jdbi jdbi;
    private final EventStore events;

    IntakeAudit(Jdbi jdbi, EventStore events) {
        this.jdbi = jdbi;
        this.events = events;
    }

    /**
     * What payments and reconciliation look like: the last event, a digest of every payment line's outcome, and
     * the exceptions and statement numbers recorded.
     */
    record State(long lastEvent, String paymentLines, long exceptions, long statements) {
    }

    State state() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT (SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry),
                               (SELECT md5(COALESCE(string_agg(concat_ws('|', reference, status, status_reason, credits,
                                    booked_on, attempt, batch_id), ',' ORDER BY reference), '')) FROM payment_line),
                               (SELECT COUNT(*) FROM recon_exception),
                               (SELECT COUNT(*) FROM inbound_statement)""")
                .map((rs, ctx) -> new State(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).one());
    }

    void crash(HostileFile file, Exception e) {
        crashes.add(file + ": " + e);
    }

    /** Checks what receiving and applying {@code file} left, against the state before it. */
    void check(HostileFile file, InboundFile received, State before, boolean sameContentAsItsSeed) {
        State after = state();
        String status = jdbi.withHandle(h -> h.createQuery("SELECT status FROM inbound_file WHERE id = :id")
                .bind("id", received.id()).mapTo(String.class).one());
        if (received.repeat() || status.equals("QUARANTINED")) {
            countRefusal(file, received);
            if (!after.equals(before)) {
                traces.add(file + " (" + (received.repeat() ? "a repeat" : "refused: " + received.reason())
                        + ") changed " + before + " into " + after);
            }
            return;
        }
        accepted++;
        if (!status.equals("APPLIED")) {
            traces.add(file + " was accepted but is " + status + " after applying");
        }
        List<String> recorded = eventsAfter(before.lastEvent());
        if (recorded.size() != after.lastEvent() - before.lastEvent()) {
            traces.add(file + ": " + recorded.size() + " events read back of "
                    + (after.lastEvent() - before.lastEvent()));
        }
        long foreignEvents = recorded.stream().filter(payload -> !payload.contains(received.sha256())).count();
        long foreignExceptions = count("""
                SELECT COUNT(*) FROM recon_exception WHERE inbound_id <> :id
                AND recorded_at > (SELECT received_at FROM inbound_file WHERE id = :id)""",
                Map.of("id", received.id()));
        eventsOfAccepted += after.lastEvent() - before.lastEvent();
        if (foreignEvents > 0 || foreignExceptions > 0) {
            traces.add(file + " recorded " + foreignEvents + " events and " + foreignExceptions
                    + " exceptions without its evidence");
        }
        if (sameContentAsItsSeed && after.lastEvent() != before.lastEvent()) {
            traces.add(file + " says what its applied seed said, with other line endings, yet recorded "
                    + (after.lastEvent() - before.lastEvent()) + " events");
        }
    }

    private void countRefusal(HostileFile file, InboundFile received) {
        if (received.repeat()) {
            repeats++;
            return;
        }
        refused++;
        if (received.reason() == null || received.reason().isBlank()) {
            traces.add(file + " was refused without a reason");
        } else if (received.reason().startsWith("the file could not be read")) {
            crashes.add(file + ": a reader failed: " + received.reason());
        }
    }

    /** The payloads of the events stored after {@code lastEvent}, read (and unsealed) through the event store. */
    private List<String> eventsAfter(long lastEvent) {
        List<String> payloads = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(
                GapAwareTrackingToken.newInstance(lastEvent, List.of()))) {
            while (stream.hasNextAvailable()) {
                payloads.add(String.valueOf(stream.nextAvailable().getPayload()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return payloads;
    }

    private long count(String sql, Map<String, Object> values) {
        return jdbi.withHandle(h -> h.createQuery(sql).bindMap(values).mapTo(Long.class).one());
    }
}
