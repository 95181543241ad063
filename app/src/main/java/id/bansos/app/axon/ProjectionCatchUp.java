package id.bansos.app.axon;

import id.bansos.bank.exchange.ProcessOwner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import id.bansos.ledger.readmodel.ReadModels;

/**
 * Waits until every streaming event processor has handled every event stored so far, on whichever node processes
 * each segment.
 */
@Component
public class ProjectionCatchUp implements ReadModels {

    /** Steps wait for the read models many times a cycle: a long pause would add up to seconds of idle machine. */
    private static final long MAX_PAUSE_MILLIS = 20;

    private static final RowMapper<StoredSegment> STORED_SEGMENT = (rs, ctx) -> new StoredSegment(
            rs.getString("processor_name"), rs.getInt("segment"), rs.getBytes("token"), rs.getString("token_type"));

    private final EventProcessingConfiguration processing;
    private final Jdbi jdbi;
    private final long pace;

    /**
     * A chunk is appended while this node's processors are at most half the events the storage engine holds for them
     * behind the newest event, so it still reaches them as it was applied.
     */
    @Autowired
    public ProjectionCatchUp(EventProcessingConfiguration processing, Jdbi jdbi) {
        this(processing, jdbi, PrefetchingStorageEngine.RECENT_EVENTS / 2);
    }

    /** @param pace how many events this node's processors may be behind the newest one when a chunk is appended */
    ProjectionCatchUp(EventProcessingConfiguration processing, Jdbi jdbi, long pace) {
        this.processing = processing;
        this.jdbi = jdbi;
        this.pace = pace;
    }

    @Override
    public void awaitCaughtUp(Duration timeout) {
        unchecked(() -> await(timeout));
    }

    @Override
    public void keepPace(Duration timeout) {
        long head = head();
        if (head > pace) {
            unchecked(() -> waitFor(() -> localSegmentsAt(head - pace), timeout, () -> "read models on this node did "
                    + "not come within " + pace + " events of event " + head + " within " + timeout));
        }
    }

    /** Blocks until the read models reflect all events stored before the call, or the timeout passes. */
    public void await(Duration timeout) throws TimeoutException, InterruptedException {
        long head = head();
        waitFor(() -> caughtUpTo(head), timeout, () -> "read models did not catch up with event " + head + " within "
                + timeout + " (" + behind(head) + ")");
    }

    /** A wait that may time out or be interrupted. */
    private interface Wait {
        void run() throws TimeoutException, InterruptedException;
    }

    private static void unchecked(Wait wait) {
        try {
            wait.run();
        } catch (TimeoutException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read models", e);
        }
    }

    private long head() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry")
                .mapTo(Long.class).one());
    }

    private static void waitFor(BooleanSupplier done, Duration timeout, Supplier<String> failure)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 2;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(failure.get());
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            LockSupport.parkNanos(Duration.ofMillis(pause).toNanos());
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
    }

    /**
     * How many events the slowest segment of the processor that this node holds is behind the newest event, segments
     * in error included; empty while this node holds none of its segments.
     */
    public OptionalLong lag(String processorName) {
        long head = head();
        return segmentsHere().stream().filter(s -> s.processor().equals(processorName))
                .mapToLong(s -> Math.max(0, head - s.position())).max();
    }

    /**
     * Every segment this node holds and where it is: by its live status, or, for a segment claimed here that has not
     * reported one yet (its first batch is still running), by its stored token.
     */
    private List<HeldSegment> segmentsHere() {
        List<HeldSegment> held = new ArrayList<>();
        Map<String, Map<Integer, EventTrackerStatus>> live = new HashMap<>();
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> here = statusHere(streaming);
                here.forEach((segment, status) -> held.add(new HeldSegment(streaming.getName(), segment,
                        status.getCurrentPosition().orElse(0), status.isErrorState())));
                live.put(streaming.getName(), here);
            }
        }
        for (StoredSegment segment : segmentsClaimedHere()) {
            Map<Integer, EventTrackerStatus> here = live.get(segment.processor());
            if (here != null && !here.containsKey(segment.segment())) {
                held.add(new HeldSegment(segment.processor(), segment.segment(),
                        segment.position(serializerOf(segment.processor())), false));
            }
        }
        return held;
    }

    /**
     * Whether every segment this node holds has handled the events up to {@code position}. Segments in error are left
     * to {@link #awaitCaughtUp}, which reports them.
     */
    private boolean localSegmentsAt(long position) {
        return segmentsHere().stream().noneMatch(s -> !s.inError() && s.position() < position);
    }

    /**
     * Caught up when every segment of every streaming processor is at or past the head: the segments this node
     * processes by their live status, the segments other nodes process by the token they stored.
     */
    private boolean caughtUpTo(long head) {
        if (head == 0) {
            return true;
        }
        for (var processor : processing.eventProcessors().values()) {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                continue;
            }
            Map<Integer, EventTrackerStatus> here = statusHere(streaming);
            List<StoredSegment> stored = storedSegments(streaming.getName());
            if (here.isEmpty() && stored.isEmpty()) {
                return false;
            }
            for (EventTrackerStatus segment : here.values()) {
                if (segment.isErrorState() || segment.getCurrentPosition().orElse(0) < head) {
                    return false;
                }
            }
            for (StoredSegment segment : stored) {
                if (!here.containsKey(segment.segment())
                        && segment.position(serializerOf(streaming.getName())) < head) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The segments behind {@code head}: where each is, and whether this node processes it. */
    private String behind(long head) {
        List<String> behind = new ArrayList<>();
        for (var processor : processing.eventProcessors().values()) {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                continue;
            }
            Map<Integer, EventTrackerStatus> here = statusHere(streaming);
            here.forEach((segment, status) -> {
                if (status.isErrorState() || status.getCurrentPosition().orElse(0) < head) {
                    behind.add(streaming.getName() + "/" + segment + " here at " + status.getCurrentPosition().orElse(0)
                            + (status.isErrorState() ? " in error: " + status.getError() : ""));
                }
            });
            for (StoredSegment segment : storedSegments(streaming.getName())) {
                long position = segment.position(serializerOf(streaming.getName()));
                if (!here.containsKey(segment.segment()) && position < head) {
                    behind.add(streaming.getName() + "/" + segment.segment() + " stored at " + position);
                }
            }
        }
        return behind.isEmpty() ? "none behind now" : String.join(", ", behind);
    }

    /**
     * The live status of the segments this node processes, as one snapshot: a segment that starts reporting while the
     * segments are checked must be found either here or among the stored tokens, never in neither.
     */
    private static Map<Integer, EventTrackerStatus> statusHere(StreamingEventProcessor processor) {
        return Map.copyOf(processor.processingStatus());
    }

    private List<StoredSegment> storedSegments(String processorName) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT processor_name, segment, token, token_type FROM token_entry
                        WHERE processor_name = :name""")
                .bind("name", processorName)
                .map(STORED_SEGMENT).list());
    }

    /** The segments this node has claimed: the token store names the claiming node by its process. */
    private List<StoredSegment> segmentsClaimedHere() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT processor_name, segment, token, token_type FROM token_entry WHERE owner = :owner")
                .bind("owner", ProcessOwner.current().name())
                .map(STORED_SEGMENT).list());
    }

    private Serializer serializerOf(String processorName) {
        TokenStore store = processing.tokenStore(processorName);
        if (!(store instanceof JdbcTokenStore jdbc)) {
            throw new IllegalStateException("processor " + processorName + " does not keep its tokens in the database");
        }
        return jdbc.serializer();
    }

    /** A segment this node holds, where it is, and whether it stopped on an error. */
    private record HeldSegment(String processor, int segment, long position, boolean inError) {
    }

    /** A segment's row in the token store, as any node stored it. */
    private record StoredSegment(String processor, int segment, byte[] token, String tokenType) {
        long position(Serializer serializer) {
            if (token == null) {
                return 0;
            }
            TrackingToken tracking = serializer.deserialize(
                    new SimpleSerializedObject<>(token, byte[].class, tokenType, null));
            return tracking.position().orElse(0);
        }
    }
}
