package id.bansos.app.axon;

import javax.sql.DataSource;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.serialization.Serializer;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Axon's JDBC storage on PostgreSQL: snake_case tables owned by Flyway, duplicate keys recognised as concurrency
 * conflicts, and pooled connections closed exactly once.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfig {

    /** PostgreSQL reports a unique violation as SQLState 23505; Axon must read it as a concurrent append. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /**
     * Axon's unit of work closes its connection again after Spring's transaction has returned it to the pool, which can
     * corrupt another thread's pooled connection. This provider skips closes of already-closed connections and leaves
     * commits of Spring-managed transactions to Spring.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        ConnectionWrapperFactory.ConnectionCloseHandler handler =
                new ConnectionWrapperFactory.ConnectionCloseHandler() {
            @Override
            public void close(java.sql.Connection connection) {
                try {
                    if (!connection.isClosed()) {
                        DataSourceUtils.releaseConnection(connection, dataSource);
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("could not release a database connection", e);
                }
            }

            @Override
            public void commit(java.sql.Connection connection) throws java.sql.SQLException {
                if (!DataSourceUtils.isConnectionTransactional(connection, dataSource)) {
                    connection.commit();
                }
            }
        };
        ConnectionProvider inner =
                () -> ConnectionWrapperFactory.wrap(DataSourceUtils.doGetConnection(dataSource), handler);
        return new UnitOfWorkAwareConnectionProviderWrapper(inner);
    }

    /** Reads the event streams of a chunk's households in one query (see {@link StreamPrefetcher}). */
    @Bean
    StreamPrefetcher streamPrefetcher(Jdbi jdbi, @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new StreamPrefetcher(jdbi, eventSerializer);
    }

    /**
     * Axon's JDBC storage engine, built as its auto-configuration builds it, serving streams read ahead for the current
     * unit of work.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon, ConnectionProvider connections,
                                          TransactionManager transactions, EventSchema schema,
                                          StreamPrefetcher prefetcher) {
        return new PrefetchingStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .build(), prefetcher);
    }

    /**
     * Axon's embedded event store, built as its auto-configuration builds it, with linear staged-event lookups. The
     * processors' shared stream keeps as many recent events as the storage engine holds for them: a processor within
     * that many events of the head is served from memory, the stored rows read once for all of them.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return new ChunkEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .cachedEvents(PrefetchingStorageEngine.RECENT_EVENTS)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class)));
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .build());
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
