package id.bansos.app.axon;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the event processors' streams when there are new events to read. The streams of Axon's embedded event store
 * cannot call back, so a pooled processor that has caught up looks for new events only every 500 ms: every step that
 * records something and then reads the read models (an approval, then the batch's digest; a screen after a command)
 * waited up to half a second for nothing. Streams watched here accept the processors' callback. One thread follows the
 * store from its head at the time the first stream is watched, as the store's own producer brings new events from the
 * database (at once after a commit on this node, within its fetch delay for events other nodes append), and runs
 * every callback when it sees them.
 */
final class StreamAvailability implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamAvailability.class);

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final Function<TrackingToken, TrackingEventStream> open;
    private final Supplier<TrackingToken> head;
    private Thread follower;
    private volatile boolean closed;

    /**
     * @param open opens a stream of the store after a position
     * @param head the store's head: where following starts, taken when the first stream is watched
     */
    StreamAvailability(Function<TrackingToken, TrackingEventStream> open, Supplier<TrackingToken> head) {
        this.open = open;
        this.head = head;
    }

    /** The stream, able to take a callback for when new events are available. */
    synchronized TrackingEventStream watch(TrackingEventStream stream) {
        if (follower == null && !closed) {
            TrackingToken start = head.get();
            follower = new Thread(() -> follow(start), "event-stream-availability");
            follower.setDaemon(true);
            follower.start();
        }
        return new Watched(stream);
    }

    @Override
    public synchronized void close() {
        closed = true;
        callbacks.clear();
        if (follower != null) {
            follower.interrupt();
        }
    }

    private void follow(TrackingToken start) {
        TrackingToken seen = start;
        while (!closed) {
            try (TrackingEventStream stream = open.apply(seen)) {
                while (!closed) {
                    if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (stream.hasNextAvailable()) {
                            seen = stream.nextAvailable().trackingToken();
                        }
                        callbacks.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Lost the store's stream while following it; following it again in a second", e);
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private final class Watched implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private Runnable callback;

        Watched(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public Stream<TrackedEventMessage<?>> asStream() {
            return delegate.asStream();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public synchronized boolean setOnAvailableCallback(Runnable onAvailable) {
            if (callback != null) {
                callbacks.remove(callback);
            }
            callback = onAvailable;
            callbacks.add(onAvailable);
            return true;
        }

        @Override
        public synchronized void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            delegate.close();
        }
    }
}
