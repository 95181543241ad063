package id.bansos.app.axon;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;

/**
 * The latest domain events this node appended. A processor reading one of them back gets the payload, metadata and
 * timestamp the aggregate applied (the timestamp to the millisecond, as stored), with the stored token and sequence,
 * instead of opening and parsing the stored bytes again a moment after they were written. Events other nodes
 * appended, and events older than the capacity holds (a replay, a processor far behind), are read from the store as
 * before.
 */
final class RecentlyAppended {

    private final Map<String, DomainEventMessage<?>> byIdentifier;

    /** @param capacity how many events to hold at most; the oldest give way */
    RecentlyAppended(int capacity) {
        this.byIdentifier = new LinkedHashMap<>(capacity * 4 / 3 + 1) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DomainEventMessage<?>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Holds the domain events of an append. */
    synchronized void appended(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain) {
                byIdentifier.put(domain.getIdentifier(), domain);
            }
        }
    }

    /** The stored event with the appended payload and metadata, if this node appended it and it is still held. */
    TrackedEventMessage<?> resolve(TrackedEventMessage<?> stored) {
        if (!(stored instanceof DomainEventMessage<?> domain)) {
            return stored;
        }
        DomainEventMessage<?> appended;
        synchronized (this) {
            appended = byIdentifier.get(stored.getIdentifier());
        }
        if (appended == null || !appended.getAggregateIdentifier().equals(domain.getAggregateIdentifier())
                || appended.getSequenceNumber() != domain.getSequenceNumber()) {
            return stored;
        }
        return copy(stored, domain, appended);
    }

    private static <T> TrackedEventMessage<T> copy(TrackedEventMessage<?> stored, DomainEventMessage<?> domain,
                                                   DomainEventMessage<T> appended) {
        return new GenericTrackedDomainEventMessage<>(stored.trackingToken(), domain.getType(),
                domain.getAggregateIdentifier(), domain.getSequenceNumber(),
                new GenericMessage<>(stored.getIdentifier(), appended.getPayload(), appended.getMetaData()),
                () -> appended.getTimestamp().truncatedTo(ChronoUnit.MILLIS));
    }

    /** How many events are held. */
    synchronized int size() {
        return byIdentifier.size();
    }
}
