package id.bansos.app.metrics;

import id.bansos.app.axon.ProjectionCatchUp;
import id.bansos.disbursement.batch.BatchStatus;
import id.bansos.reconciliation.cases.FlagType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The ledger's gauges at {@code /actuator/prometheus}: batches by status, inbound files received and quarantined,
 * statement lines matched, open flags by type (all read from the shared read models, so every node reports the same),
 * and each streaming processor's lag on this node: the event store's head minus the position of its furthest-behind
 * segment this node holds, a segment still in its first batch at its stored token (NaN while it holds none). The
 * read-model counts are read at most every {@link #FRESH} and shared by all gauges.
 */
@Component
@ConditionalOnWebApplication
public class LedgerMetrics {

    /** How long one reading of the read models serves every gauge. */
    static final Duration FRESH = Duration.ofSeconds(10);

    private final Jdbi jdbi;
    private final ProjectionCatchUp catchUp;
    private final EventProcessingConfiguration processing;
    private final MeterRegistry registry;
    private final Clock clock = Clock.systemUTC();
    private Reading reading = new Reading(Instant.EPOCH, Map.of());

    public LedgerMetrics(Jdbi jdbi, ProjectionCatchUp catchUp, EventProcessingConfiguration processing,
                         MeterRegistry registry) {
        this.jdbi = jdbi;
        this.catchUp = catchUp;
        this.processing = processing;
        this.registry = registry;
    }

    /** Once the application, and so its processors, run: registers every gauge. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (BatchStatus status : BatchStatus.values()) {
            gauge("bansos.batches", "Payment batches by status", "status", status.name(),
                    "batch:" + status);
        }
        for (String status : List.of("ACCEPTED", "QUARANTINED")) {
            gauge("bansos.inbound.files", "Files received from banks and PT Pos, by status", "status",
                    status, "file:" + status);
        }
        Gauge.builder("bansos.matched.lines", this, m -> m.count("matched"))
                .description("Statement and report lines matched to payments").register(registry);
        for (FlagType type : FlagType.values()) {
            gauge("bansos.flags.open", "Flags on open cases, by type", "type", type.name(), "flag:" + type);
        }
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("bansos.processor.lag", streaming, this::lag).tag("processor", name).baseUnit("events")
                        .description("Events the processor's slowest segment on this node is behind the head")
                        .register(registry);
            }
        });
    }

    private void gauge(String name, String description, String tag, String value,
                       String key) {
        Gauge.builder(name, this, m -> m.count(key)).tag(tag, value).description(description).register(registry);
    }

    private double lag(StreamingEventProcessor processor) {
        OptionalLong lag = catchUp.lag(processor.getName());
        return lag.isPresent() ? lag.getAsLong() : Double.NaN;
    }

    private synchronized double count(String key) {
        Instant now = clock.instant();
        if (reading.at().plus(FRESH).isBefore(now)) {
            reading = new Reading(now, read());
        }
        return reading.counts().getOrDefault(key, 0L);
    }

    private Map<String, Long> read() {
        Map<String, Long> counts = new HashMap<>();
        jdbi.useHandle(h -> {
            h.createQuery("SELECT status, COUNT(*) FROM payment_batch GROUP BY status")
                    .map((rs, ctx) -> Map.entry("batch:" + rs.getString(1), rs.getLong(2)))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            h.createQuery("SELECT status, COUNT(*) FROM inbound_file GROUP BY status")
                    .map((rs, ctx) -> Map.entry("file:" + rs.getString(1), rs.getLong(2)))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            counts.put("matched", h.createQuery("SELECT COALESCE(SUM(matched_lines), 0) FROM inbound_file")
                    .mapTo(Long.class).one());
            h.createQuery("""
                            SELECT f.type, COUNT(*) FROM case_flag f JOIN investigation_case c ON c.case_id = f.case_id
                            WHERE c.status = 'OPEN' GROUP BY f.type""")
                    .map((rs, ctx) -> Map.entry("flag:" + rs.getString(1), rs.getLong(2)))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
        });
        return counts;
    }

    private record Reading(Instant at, Map<String, Long> counts) {
    }
}
