package id.bansos.app.axon;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * When this process last committed events of an aggregate, as a tick of a process-wide clock kept in a fixed table
 * of buckets by the aggregate's hash: two aggregates sharing a bucket only make a read-ahead stream look older than it
 * is, never newer.
 */
final class AppendClock {

    private static final int BUCKETS = 1 << 16;

    private final AtomicLong clock = new AtomicLong();
    private final AtomicLongArray lastCommit = new AtomicLongArray(BUCKETS);

    /** The tick now: a stream read after it is fresh until an aggregate of it commits again. */
    long now() {
        return clock.get();
    }

    /** Events of the aggregate were committed. */
    void committed(String aggregateId) {
        lastCommit.accumulateAndGet(bucket(aggregateId), clock.incrementAndGet(), Math::max);
    }

    /** Whether the aggregate may have committed events since {@code tick}. */
    boolean changedSince(String aggregateId, long tick) {
        return lastCommit.get(bucket(aggregateId)) > tick;
    }

    private static int bucket(String aggregateId) {
        return (aggregateId.hashCode() & 0x7fffffff) % BUCKETS;
    }
}
