package id.bansos.app.axon;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.LockAwareAggregate;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * An event-sourcing repository for aggregates that units of work load by the thousand (a chunk of households, of
 * flags): built as Axon's configurer builds its default one, but keeping a unit of work's aggregates in
 * {@link ManagedAggregates}, so committing a chunk takes time in proportion to its size, not to its square.
 *
 * @param <T> the aggregate type
 */
public final class ChunkedRepository<T> extends EventSourcingRepository<T> {

    private static final AtomicLong INSTANCES = new AtomicLong();

    private final String key = ChunkedRepository.class.getName() + "#" + INSTANCES.incrementAndGet();

    private ChunkedRepository(Builder<T> builder) {
        super(builder);
    }

    /** The aggregate's configuration with this repository; everything else as Axon's default configuration has it. */
    public static <T> AggregateConfigurer<T> configuration(Class<T> type) {
        return AggregateConfigurer.defaultConfiguration(type).configureRepository(c -> build(type, c));
    }

    private static <T> ChunkedRepository<T> build(Class<T> type, Configuration c) {
        return new ChunkedRepository<>(EventSourcingRepository.builder(type)
                .aggregateModel(AnnotatedAggregateMetaModelFactory.inspectAggregate(type, c.parameterResolverFactory(),
                        c.handlerDefinition(type)))
                .eventStore(c.eventStore())
                .repositoryProvider(c::repository)
                .spanFactory(c.getComponent(RepositorySpanFactory.class)));
    }

    @Override
    protected Map<String, LockAwareAggregate<T, EventSourcedAggregate<T>>> managedAggregates(UnitOfWork<?> uow) {
        return uow.root().getOrComputeResource(key, k -> new ManagedAggregates<>());
    }
}
