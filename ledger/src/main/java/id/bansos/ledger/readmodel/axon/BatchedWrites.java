package id.bansos.ledger.readmodel.axon;

import id.bansos.ledger.readmodel.ReadModelWrites;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jdbi.v3.core.Jdbi;

/**
 * Gives event handlers the {@link ReadModelWrites} of the unit of work that processes their batch of events, and
 * flushes it once, just before that unit of work commits (in the same transaction as the processor's token). Outside a
 * unit of work the writes are flushed at once.
 */
public final class BatchedWrites {

    private final Jdbi jdbi;
    private final String resourceKey;

    public BatchedWrites(Jdbi jdbi, String processingGroup) {
        this.jdbi = jdbi;
        this.resourceKey = "read-model-writes:" + processingGroup;
    }

    /** Adds writes to the current batch. */
    public void add(Consumer<ReadModelWrites> writes) {
        if (!CurrentUnitOfWork.isStarted()) {
            ReadModelWrites now = new ReadModelWrites();
            writes.accept(now);
            jdbi.useHandle(now::flush);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        ReadModelWrites batch = root.getOrComputeResource(resourceKey, key -> {
            ReadModelWrites created = new ReadModelWrites();
            root.onPrepareCommit(u -> jdbi.useHandle(created::flush));
            return created;
        });
        writes.accept(batch);
    }
}
