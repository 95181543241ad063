package id.bansos.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * The staged-event lookup gives what Axon's own gives: an aggregate's events staged in the unit of work and its
 * parents, parents' first, each once, none of another aggregate and none of a rolled-back unit of work. The
 * processors' streams are told of new events. (The storage engine here is Axon's in-memory one; what is under test is
 * the lookup, which never reaches it, and the telling, which follows the store whatever engine is under it.)
 */
class ChunkEventStoreTest {

    private final ChunkEventStore store = new ChunkEventStore(EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()));

    @Test
    void an_aggregate_loaded_mid_unit_of_work_sees_its_staged_events_in_order_and_no_others() {
        UnitOfWork<?> outer = DefaultUnitOfWork.startAndGet(null);
        store.publish(event("H1", 0), event("H2", 0), event("H1", 1));
        UnitOfWork<?> inner = DefaultUnitOfWork.startAndGet(null);
        store.publish(event("H1", 2));

        assertThat(sequences("H1")).containsExactly(0L, 1L, 2L);
        assertThat(sequences("H2")).containsExactly(0L);
        assertThat(sequences("H3")).isEmpty();

        store.publish(event("H3", 0), event("H1", 3));
        assertThat(sequences("H1")).as("events staged after the last lookup").containsExactly(0L, 1L, 2L, 3L);
        assertThat(sequences("H3")).containsExactly(0L);

        inner.rollback();
        assertThat(sequences("H1")).as("after the inner unit of work rolled back").containsExactly(0L, 1L);
        outer.rollback();
    }

    @Test
    void a_processor_s_stream_is_told_when_new_events_arrive_and_a_closed_one_no_longer() throws Exception {
        TrackingEventStream open = store.openStream(null);
        TrackingEventStream closed = store.openStream(null);
        CountDownLatch told = new CountDownLatch(1);
        AtomicInteger toldAfterClosing = new AtomicInteger();
        assertThat(open.setOnAvailableCallback(told::countDown)).as("the stream takes a callback").isTrue();
        closed.setOnAvailableCallback(toldAfterClosing::incrementAndGet);
        closed.close();

        store.publish(event("H1", 0));

        assertThat(told.await(30, TimeUnit.SECONDS)).as("the open stream was told").isTrue();
        assertThat(open.hasNextAvailable()).isTrue();
        assertThat(open.nextAvailable().getPayload()).isEqualTo("H1#0");
        assertThat(toldAfterClosing).as("the closed stream was not told").hasValue(0);
        open.close();
        store.shutDown();
    }

    private List<Long> sequences(String aggregate) {
        return store.readEvents(aggregate).asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }

    private static DomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Household", aggregate, sequence, aggregate + "#" + sequence);
    }
}
