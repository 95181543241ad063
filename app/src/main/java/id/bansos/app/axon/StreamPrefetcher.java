package id.bansos.app.axon;

import id.bansos.ledger.kpm.axon.StreamPrefetch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * {@link PrefetchingStorageEngine} serves each aggregate's first load from them — unless this process committed events
 * of that aggregate since they were read (another thread, holding the aggregate's lock first): then the load reads the
 * stream again. An aggregate with a snapshot is left to the storage engine. Outside a unit of work nothing is read
 * ahead.
 */
public class StreamPrefetcher implements StreamPrefetch {

    private static final String RESOURCE = StreamPrefetcher.class.getName();
    /** Streams are put in order here: sorting wide rows by a text key in the query cost more than reading them. */
    private static final Comparator<DomainEventData<?>> BY_SEQUENCE =
            Comparator.comparingLong(DomainEventData::getSequenceNumber);

    private final Jdbi jdbi;
    private final Serializer serializer;
    private final AppendClock commits = new AppendClock();

    /** What one unit of work read ahead, and when. */
    private record ReadAhead(long tick, Map<String, List<DomainEventData<?>>> streams) {
    }

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
        long tick = commits.now();
        String[] ids = aggregateIds.toArray(String[]::new);
        Set<String> snapshotted = new HashSet<>(jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT aggregate_identifier FROM snapshot_event_entry"
                                + " WHERE aggregate_identifier = ANY(:ids)")
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
                        FROM domain_event_entry WHERE aggregate_identifier = ANY(:ids)""")
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
        streams.values().forEach(stream -> stream.sort(BY_SEQUENCE));
        CurrentUnitOfWork.get().resources().put(RESOURCE, new ReadAhead(tick, streams));
    }

    /** Whether this unit of work holds the aggregate's stream, still fresh (it has no snapshot then). */
    boolean holds(String aggregateId) {
        ReadAhead read = read();
        return read != null && read.streams().containsKey(aggregateId)
                && !commits.changedSince(aggregateId, read.tick());
    }

    /** The aggregate's stream read ahead, once, if still fresh; {@code null} otherwise. */
    DomainEventStream take(String aggregateId) {
        ReadAhead read = read();
        if (read == null) {
            return null;
        }
        List<DomainEventData<?>> stream = read.streams().remove(aggregateId);
        return stream == null || commits.changedSince(aggregateId, read.tick()) ? null
                : EventStreamUtils.upcastAndDeserializeDomainEvents(stream.stream(), serializer,
                NoOpEventUpcaster.INSTANCE);
    }

    /** Events of these aggregates are being appended: once committed, streams read ahead before are stale. */
    void appending(List<String> aggregateIds) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> aggregateIds.forEach(commits::committed));
        } else {
            aggregateIds.forEach(commits::committed);
        }
    }

    private ReadAhead read() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getResource(RESOURCE) : null;
    }
}
