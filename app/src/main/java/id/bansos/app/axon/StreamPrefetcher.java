package id.bansos.app.axon;

import id.bansos.ledger.kpm.axon.StreamPrefetch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the event streams of a chunk's aggregates with one query and keeps them in the current unit of work, where
 * {@link PrefetchingStorageEngine} serves each aggregate's first load from them. An aggregate with a snapshot is left
 * to the storage engine. Outside a unit of work nothing is read ahead.
 */
public class StreamPrefetcher implements StreamPrefetch {

    private static final String RESOURCE = StreamPrefetcher.class.getName();

    private final Jdbi jdbi;
    private final Serializer serializer;

    /**
     * @param serializer the event store's serializer (which opens sealed payloads)
     */
    public StreamPrefetcher(Jdbi jdbi, Serializer serializer) {
        this.jdbi = jdbi;
        this.serializer = serializer;
    }

    @Override
    public void prefetch(Collection<String> aggregateIds) {
        if (!CurrentUnitOfWork.isStarted() || aggregateIds.isEmpty()) {
            return;
        }
        String[] ids = aggregateIds.toArray(String[]::new);
        Set<String> snapshotted = new HashSet<>(jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT aggregate_identifier FROM snapshot_event_entry WHERE aggregate_identifier = ANY(:ids)")
                .bind("ids", ids).mapTo(String.class).list()));
        Map<String, List<DomainEventData<?>>> streams = new HashMap<>();
        for (String id : ids) {
            if (!snapshotted.contains(id)) {
                streams.put(id, new ArrayList<>());
            }
        }
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT type, aggregate_identifier, sequence_number, event_identifier, time_stamp, payload_type,
                               payload_revision, payload, meta_data
                        FROM domain_event_entry WHERE aggregate_identifier = ANY(:ids)
                        ORDER BY aggregate_identifier, sequence_number""")
                .bind("ids", ids)
                .map((rs, ctx) -> new GenericDomainEventEntry<>(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8),
                        rs.getBytes(9)))
                .forEach(entry -> {
                    List<DomainEventData<?>> stream = streams.get(entry.getAggregateIdentifier());
                    if (stream != null) {
                        stream.add(entry);
                    }
                }));
        CurrentUnitOfWork.get().getOrComputeResource(RESOURCE, k -> new HashMap<String, List<DomainEventData<?>>>())
                .putAll(streams);
    }

    /** Whether this unit of work read the aggregate's stream ahead (it has no snapshot then). */
    boolean holds(String aggregateId) {
        return read().containsKey(aggregateId);
    }

    /** The aggregate's stream read ahead, once; {@code null} when it was not. */
    DomainEventStream take(String aggregateId) {
        Map<String, List<DomainEventData<?>>> read = read();
        List<DomainEventData<?>> stream = read.isEmpty() ? null : read.remove(aggregateId);
        return stream == null ? null
                : EventStreamUtils.upcastAndDeserializeDomainEvents(stream.stream(), serializer,
                NoOpEventUpcaster.INSTANCE);
    }

    private Map<String, List<DomainEventData<?>>> read() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Map.of();
        }
        Map<String, List<DomainEventData<?>>> read = CurrentUnitOfWork.get().getResource(RESOURCE);
        return read == null ? Map.of() : read;
    }
}
