package id.bansos.app.axon;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AbstractEventBus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Axon's embedded event store, with two changes. For units of work that append thousands of events (a chunk of a
 * thousand households), loading an aggregate finds its events staged in the unit of work through an index by
 * aggregate, extended with whatever was staged since the last load. Axon's own lookup copies every staged event into a
 * list, testing each against the list so far, on every load — quadratic per load, cubic per chunk. The answer is the
 * same: the aggregate's staged events, parents' first, each once, none from a rolled-back unit of work. And the
 * processors' streams are told when new events arrive ({@link StreamAvailability}), instead of looking every 500 ms.
 */
public class ChunkEventStore extends EmbeddedEventStore {

    private final String stagedKey;
    private final String indexKey = this + "_STAGED_BY_AGGREGATE";
    private final StreamAvailability availability = new StreamAvailability(
            token -> ChunkEventStore.super.openStream(token), this::createHeadToken);

    /** Builds the store as Axon's auto-configuration builds its embedded store. */
    public ChunkEventStore(Builder builder) {
        super(builder);
        this.stagedKey = stagedEventsKey(this);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return availability.watch(super.openStream(trackingToken));
    }

    @Override
    public void shutDown() {
        availability.close();
        super.shutDown();
    }

    @Override
    protected Stream<? extends DomainEventMessage<?>> stagedDomainEventMessages(String aggregateIdentifier) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Stream.empty();
        }
        List<DomainEventMessage<?>> found = new ArrayList<>();
        collect(CurrentUnitOfWork.get(), aggregateIdentifier, Collections.newSetFromMap(new IdentityHashMap<>()),
                found);
        return found.stream();
    }

    private void collect(UnitOfWork<?> unitOfWork, String aggregateIdentifier, Set<EventMessage<?>> seen,
                         List<DomainEventMessage<?>> found) {
        unitOfWork.parent().ifPresent(parent -> collect(parent, aggregateIdentifier, seen, found));
        if (unitOfWork.isRolledBack()) {
            return;
        }
        List<EventMessage<?>> staged = unitOfWork.getOrDefaultResource(stagedKey, List.of());
        if (staged.isEmpty()) {
            return;
        }
        StagedIndex index = unitOfWork.getResource(indexKey);
        if (index == null || index.staged != staged) {
            index = new StagedIndex(staged);
            unitOfWork.resources().put(indexKey, index);
        }
        for (DomainEventMessage<?> event : index.of(aggregateIdentifier)) {
            if (seen.add(event)) {
                found.add(event);
            }
        }
    }

    /**
     * A unit of work's staged events by aggregate; the staged list only grows, so the index is extended, not
     * rebuilt.
     */
    private static final class StagedIndex {
        private final List<EventMessage<?>> staged;
        private final Map<String, List<DomainEventMessage<?>>> byAggregate = new HashMap<>();
        private int indexed;

        StagedIndex(List<EventMessage<?>> staged) {
            this.staged = staged;
        }

        List<DomainEventMessage<?>> of(String aggregateIdentifier) {
            for (; indexed < staged.size(); indexed++) {
                if (staged.get(indexed) instanceof DomainEventMessage<?> domain) {
                    byAggregate.computeIfAbsent(domain.getAggregateIdentifier(), id -> new ArrayList<>(4)).add(domain);
                }
            }
            return byAggregate.getOrDefault(aggregateIdentifier, List.of());
        }
    }

    /** The unit-of-work resource under which Axon's event bus stages this store's events. */
    private static String stagedEventsKey(AbstractEventBus bus) {
        try {
            Field key = AbstractEventBus.class.getDeclaredField("eventsKey");
            key.setAccessible(true);
            return (String) key.get(bus);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this Axon version stages events differently; "
                    + ChunkEventStore.class.getSimpleName() + " must be revised: " + e, e);
        }
    }
}
