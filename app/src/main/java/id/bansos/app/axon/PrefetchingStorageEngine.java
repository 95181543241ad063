package id.bansos.app.axon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The event storage engine, serving an aggregate's stream from what {@link StreamPrefetcher} read ahead for the
 * current unit of work, and everything else from the engine it wraps; it tells the prefetcher what it appends. The
 * processors read this node's new events with the payloads the aggregates applied ({@link RecentlyAppended}).
 */
public final class PrefetchingStorageEngine implements EventStorageEngine {

    /** How many of the latest appended events are held for this node's processors. */
    static final int RECENT_EVENTS = 32_768;

    private final EventStorageEngine delegate;
    private final StreamPrefetcher prefetched;
    private final RecentlyAppended recent = new RecentlyAppended(RECENT_EVENTS);

    public PrefetchingStorageEngine(EventStorageEngine delegate, StreamPrefetcher prefetched) {
        this.delegate = delegate;
        this.prefetched = prefetched;
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        if (firstSequenceNumber == 0) {
            DomainEventStream stream = prefetched.take(aggregateIdentifier);
            if (stream != null) {
                return stream;
            }
        }
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return prefetched.holds(aggregateIdentifier) ? Optional.empty() : delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        prefetched.appending(events.stream().filter(DomainEventMessage.class::isInstance)
                .map(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier()).distinct().toList());
        recent.appended(events);
        delegate.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock).map(recent::resolve);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
