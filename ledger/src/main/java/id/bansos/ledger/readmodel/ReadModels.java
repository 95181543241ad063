package id.bansos.ledger.readmodel;

import java.time.Duration;

/** Port: lets a process that reads read models right after sending commands wait until they reflect those commands. */
public interface ReadModels {

    /** Blocks until every event stored before the call is in the read models; fails after the timeout. */
    void awaitCaughtUp(Duration timeout);

    /**
     * Blocks while this node's read models are further behind the newest event than they can follow cheaply; a step
     * that appends events in chunks faster than the read models take them in calls it before each chunk, so the two
     * keep pace. Fails after the timeout.
     */
    void keepPace(Duration timeout);
}
