package id.bansos.ledger.readmodel;

import java.time.Duration;

/** Port: lets a process that reads read models right after sending commands wait until they reflect those commands. */
public interface ReadModels {

    /** Blocks until every event stored before the call is in the read models; fails after the timeout. */
    void awaitCaughtUp(Duration timeout);
}
