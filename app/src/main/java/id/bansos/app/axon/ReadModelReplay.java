package id.bansos.app.axon;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Drops and rebuilds read models from the event store: each streaming processor is stopped, its projection empties
 * its tables (reset handler), its tokens go back to the start, and it replays every event.
 */
@Component
public class ReadModelReplay {

    private final EventProcessingConfiguration processing;
    private final ProjectionCatchUp catchUp;

    public ReadModelReplay(EventProcessingConfiguration processing, ProjectionCatchUp catchUp) {
        this.processing = processing;
        this.catchUp = catchUp;
    }

    /** Replays the named processing groups, or all streaming ones when none is named; waits until caught up. */
    public List<String> replay(List<String> groups, Duration timeout) {
        List<String> names = groups.isEmpty()
                ? processing.eventProcessors().entrySet().stream()
                        .filter(e -> e.getValue() instanceof StreamingEventProcessor).map(e -> e.getKey())
                        .sorted().toList()
                : groups;
        for (String name : names) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalArgumentException("no streaming processor " + name));
            processor.shutdownAsync().join();
            processor.resetTokens();
            processor.start();
        }
        catchUp.awaitCaughtUp(timeout);
        return names;
    }
}
