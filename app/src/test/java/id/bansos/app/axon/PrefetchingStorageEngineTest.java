package id.bansos.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.TestPostgres;
import java.sql.DriverManager;
import java.util.List;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * On a real event table: the processors of the node that appended new events read them with the payloads the
 * aggregates applied; another node, and an aggregate's own stream, open what was stored.
 */
class PrefetchingStorageEngineTest {

    /** A stand-in event payload. */
    public record Credited(String reference, long amount) {
    }

    @Test
    void this_node_reads_its_new_events_with_the_applied_payloads_and_another_node_what_was_stored() {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Jdbi jdbi = Jdbi.create(db.url(), db.user(), db.password());
        jdbi.useHandle(h -> h.execute("""
                CREATE TABLE domain_event_entry (global_index BIGSERIAL PRIMARY KEY,
                    aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type VARCHAR(255),
                    event_identifier VARCHAR(255) NOT NULL UNIQUE, meta_data BYTEA, payload BYTEA NOT NULL,
                    payload_revision VARCHAR(255), payload_type VARCHAR(255) NOT NULL,
                    time_stamp VARCHAR(255) NOT NULL, UNIQUE (aggregate_identifier, sequence_number))"""));
        PrefetchingStorageEngine engine = engine(db, jdbi);
        PrefetchingStorageEngine otherNode = engine(db, jdbi);
        Credited first = new Credited("PKH-H1", 750_000);
        Credited second = new Credited("PKH-H1", 250_000);

        engine.appendEvents(List.of(new GenericDomainEventMessage<>("Household", "H1", 0, first),
                new GenericDomainEventMessage<>("Household", "H1", 1, second)));

        List<TrackedEventMessage<?>> firstRead = read(engine);
        assertThat(payloads(firstRead)).containsExactly(first, second);
        assertThat(firstRead.get(0).getPayload()).isSameAs(first);
        assertThat(firstRead.get(1).getPayload()).isSameAs(second);

        List<TrackedEventMessage<?>> again = read(engine);
        assertThat(again.get(1).getPayload()).as("another processor on this node").isSameAs(second);

        List<TrackedEventMessage<?>> elsewhere = read(otherNode);
        assertThat(payloads(elsewhere)).containsExactly(first, second);
        assertThat(elsewhere.get(0).getPayload()).isNotSameAs(first);
        assertThat(elsewhere.stream().map(TrackedEventMessage::trackingToken).toList())
                .isEqualTo(firstRead.stream().map(TrackedEventMessage::trackingToken).toList());
        assertThat(elsewhere.stream().map(TrackedEventMessage::getTimestamp).toList())
                .isEqualTo(firstRead.stream().map(TrackedEventMessage::getTimestamp).toList());
        assertThat(engine.readEvents("H1", 0).asStream().<Object>map(e -> e.getPayload()).toList())
                .containsExactly(first, second);
    }

    private static PrefetchingStorageEngine engine(TestPostgres.Database db, Jdbi jdbi) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return new PrefetchingStorageEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(() -> DriverManager.getConnection(db.url(), db.user(), db.password()))
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(new AxonStorageConfig().eventSchema())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build(), new StreamPrefetcher(jdbi, serializer));
    }

    private static List<TrackedEventMessage<?>> read(PrefetchingStorageEngine engine) {
        return engine.readEvents(null, false).<TrackedEventMessage<?>>map(e -> e).toList();
    }

    private static List<Object> payloads(List<TrackedEventMessage<?>> events) {
        return events.stream().<Object>map(TrackedEventMessage::getPayload).toList();
    }
}
