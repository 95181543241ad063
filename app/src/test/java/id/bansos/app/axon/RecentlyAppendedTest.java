package id.bansos.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/** Events this node appended reach the processors with the payload the aggregate applied. */
class RecentlyAppendedTest {

    private record Credited(String reference, long amount) {
    }

    private static final Instant APPLIED_AT = Instant.parse("2026-10-05T03:00:00.123456789Z");
    private static final Instant STORED_AT = Instant.parse("2026-10-05T03:00:00.123Z");

    private static DomainEventMessage<Credited> appended(String id, String household, long sequence) {
        return new GenericDomainEventMessage<>("Household", household, sequence,
                new GenericMessage<>(id, new Credited("PKH-" + household, 750_000), MetaData.with("traceId", "t1")),
                () -> APPLIED_AT);
    }

    /**
     * The event as the store gives it back: the same identity, a payload that is an equal but other object, the
     * timestamp to the millisecond.
     */
    private static TrackedEventMessage<?> stored(DomainEventMessage<Credited> event, long index) {
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(index), event.getType(),
                event.getAggregateIdentifier(), event.getSequenceNumber(), new GenericMessage<>(event.getIdentifier(),
                new Credited(event.getPayload().reference(), event.getPayload().amount()), event.getMetaData()),
                () -> STORED_AT);
    }

    @Test
    void an_event_read_back_for_the_first_time_carries_the_appended_payload_and_the_stored_position() {
        RecentlyAppended recent = new RecentlyAppended(100);
        DomainEventMessage<Credited> event = appended("e1", "H1", 3);
        recent.appended(List.of(event));

        TrackedEventMessage<?> read = recent.resolve(stored(event, 41));

        assertThat(read.getPayload()).isSameAs(event.getPayload());
        assertThat(read.getMetaData()).isEqualTo(Map.of("traceId", "t1"));
        assertThat(read.getIdentifier()).isEqualTo("e1");
        assertThat(read.trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(41));
        assertThat(read.getTimestamp()).isEqualTo(STORED_AT);
        assertThat(((DomainEventMessage<?>) read).getSequenceNumber()).isEqualTo(3);
        assertThat(((DomainEventMessage<?>) read).getAggregateIdentifier()).isEqualTo("H1");
    }

    @Test
    void every_processor_reading_a_held_event_gets_the_appended_payload() {
        RecentlyAppended recent = new RecentlyAppended(100);
        DomainEventMessage<Credited> event = appended("e1", "H1", 0);
        recent.appended(List.of(event));

        assertThat(recent.resolve(stored(event, 1)).getPayload()).isSameAs(event.getPayload());
        assertThat(recent.resolve(stored(event, 1)).getPayload()).isSameAs(event.getPayload());
    }

    @Test
    void an_event_another_node_appended_comes_from_the_store() {
        RecentlyAppended recent = new RecentlyAppended(100);
        recent.appended(List.of(appended("e1", "H1", 0)));

        TrackedEventMessage<?> foreign = stored(appended("e2", "H2", 0), 2);

        assertThat(recent.resolve(foreign)).isSameAs(foreign);
        assertThat(recent.size()).isEqualTo(1);
    }

    @Test
    void beyond_its_capacity_the_oldest_events_give_way_and_are_read_from_the_store() {
        RecentlyAppended recent = new RecentlyAppended(2);
        DomainEventMessage<Credited> first = appended("e1", "H1", 0);
        DomainEventMessage<Credited> third = appended("e3", "H3", 0);
        recent.appended(List.of(first, appended("e2", "H2", 0), third));

        TrackedEventMessage<?> firstStored = stored(first, 1);

        assertThat(recent.resolve(firstStored)).isSameAs(firstStored);
        assertThat(recent.resolve(stored(third, 3)).getPayload()).isSameAs(third.getPayload());
        assertThat(recent.size()).isEqualTo(2);
    }
}
