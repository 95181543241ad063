package id.bansos.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.app.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the project's event and token tables, with a pooled processor: a step appending in chunks waits while this node's
 * processors are further behind the newest event than the pace allows, and goes on once they come within it.
 */
class ProjectionCatchUpTest {

    /** A stand-in event payload. */
    public record Counted(int n) {
    }

    /** A read model that takes in nothing until it is released. */
    static final class HeldReadModel {
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);
        final AtomicInteger handled = new AtomicInteger();

        @EventHandler
        void on(Counted event) throws InterruptedException {
            reached.countDown();
            released.await();
            handled.incrementAndGet();
        }
    }

    private final HeldReadModel readModel = new HeldReadModel();
    private TestPostgres.Database db;
    private Configuration axon;
    private ProjectionCatchUp catchUp;

    @BeforeEach
    void a_node_with_a_held_read_model_on_a_fresh_database() {
        db = TestPostgres.freshDatabase();
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).load().migrate();
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        AxonStorageConfig storage = new AxonStorageConfig();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(this::connection)
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .schema(storage.eventSchema())
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build())
                .configureSerializer(c -> serializer)
                .eventProcessing(p -> p.usingPooledStreamingEventProcessors()
                        .registerTokenStore(c -> JdbcTokenStore.builder()
                                .connectionProvider(this::connection)
                                .schema(storage.tokenSchema())
                                .serializer(serializer)
                                .build())
                        .registerEventHandler(c -> readModel))
                .buildConfiguration();
        catchUp = new ProjectionCatchUp(axon.eventProcessingConfiguration(),
                Jdbi.create(db.url(), db.user(), db.password()), 3);
    }

    @AfterEach
    void release_and_stop() {
        readModel.released.countDown();
        axon.shutdown();
    }

    @Test
    void a_chunk_waits_while_the_read_models_are_too_far_behind_and_goes_on_once_they_are_within_the_pace()
            throws InterruptedException {
        axon.start();
        catchUp.keepPace(Duration.ofSeconds(1));

        publishTenEvents();
        assertThat(readModel.reached.await(30, TimeUnit.SECONDS)).as("the read model holds the first event").isTrue();

        assertThatThrownBy(() -> catchUp.keepPace(Duration.ofMillis(500)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not come within 3 events of event 10");
        assertThat(readModel.handled).hasValue(0);

        readModel.released.countDown();
        catchUp.keepPace(Duration.ofSeconds(30));
        assertThat(readModel.handled.get()).as("events taken in when the chunk went on").isGreaterThanOrEqualTo(7);
    }

    @Test
    void a_segment_still_in_its_first_batch_is_waited_for_by_its_stored_token() throws InterruptedException {
        publishTenEvents();
        axon.start();
        assertThat(readModel.reached.await(30, TimeUnit.SECONDS)).as("the read model holds the first event").isTrue();

        assertThatThrownBy(() -> catchUp.keepPace(Duration.ofMillis(500)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not come within 3 events of event 10");

        readModel.released.countDown();
        catchUp.keepPace(Duration.ofSeconds(30));
        assertThat(readModel.handled.get()).as("events taken in when the chunk went on").isGreaterThanOrEqualTo(7);
    }

    @Test
    void a_segment_still_in_its_first_batch_counts_in_the_lag_where_its_stored_token_stands()
            throws InterruptedException {
        assertThat(catchUp.lag(processor())).as("no segment held before the node starts").isEmpty();

        publishTenEvents();
        axon.start();
        assertThat(readModel.reached.await(30, TimeUnit.SECONDS)).as("the read model holds the first event").isTrue();

        assertThat(catchUp.lag(processor())).as("the held segment, not yet listed by the processor, is at its start")
                .hasValue(10);

        readModel.released.countDown();
        catchUp.awaitCaughtUp(Duration.ofSeconds(30));
        assertThat(catchUp.lag(processor())).hasValue(0);
    }

    private String processor() {
        return axon.eventProcessingConfiguration().eventProcessors().keySet().iterator().next();
    }

    private void publishTenEvents() {
        axon.eventStore().publish(IntStream.range(0, 10).<EventMessage<?>>mapToObj(
                n -> new GenericDomainEventMessage<>("Counter", "C1", n, new Counted(n))).toList());
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }
}
