package id.bansos.app.axon;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import id.bansos.ledger.readmodel.ReadModels;

/** Waits until every streaming event processor has handled every event stored so far. */
@Component
public class ProjectionCatchUp implements ReadModels {

    private final EventProcessingConfiguration processing;
    private final Jdbi jdbi;

    public ProjectionCatchUp(EventProcessingConfiguration processing, Jdbi jdbi) {
        this.processing = processing;
        this.jdbi = jdbi;
    }

    @Override
    public void awaitCaughtUp(Duration timeout) {
        try {
            await(timeout);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read models", e);
        }
    }

    /** Blocks until the read models reflect all events stored before the call, or the timeout passes. */
    public void await(Duration timeout) throws TimeoutException, InterruptedException {
        long head = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry")
                .mapTo(Long.class).one());
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 5;
        while (!caughtUpTo(head)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("read models did not catch up with event " + head + " within " + timeout);
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(pause).toNanos());
            pause = Math.min(pause * 2, 200);
        }
    }

    private boolean caughtUpTo(long head) {
        if (head == 0) {
            return true;
        }
        for (var processor : processing.eventProcessors().values()) {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                continue;
            }
            var status = streaming.processingStatus();
            if (status.isEmpty()) {
                return false;
            }
            for (EventTrackerStatus segment : status.values()) {
                if (segment.isErrorState() || segment.getCurrentPosition().orElse(0) < head) {
                    return false;
                }
            }
        }
        return true;
    }
}
