package id.bansos.ledger.kpm.axon;

import java.util.Collection;

/**
 * Reads the event streams of many households in one go, for the unit of work that is about to load them one by one:
 * a chunk handler announces the households it will load, and each load is then served from what was read.
 */
@FunctionalInterface
public interface StreamPrefetch {

    /** Reads the streams of these aggregates for the current unit of work. */
    void prefetch(Collection<String> aggregateIds);

    /** Reads nothing ahead: each load reads its own stream. */
    StreamPrefetch NONE = ids -> { };
}
