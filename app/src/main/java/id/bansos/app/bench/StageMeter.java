package id.bansos.app.bench;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/** Measures one stage: wall time, events appended (from a counter), and the peak used heap sampled every 20 ms. */
final class StageMeter implements AutoCloseable {

    private final String name;
    private final LongSupplier eventCount;
    private final long startEvents;
    private final long start = System.nanoTime();
    private final Thread sampler;
    private volatile long peakHeap;
    private volatile boolean running = true;

    StageMeter(String name, LongSupplier eventCount) {
        this.name = name;
        this.eventCount = eventCount;
        this.startEvents = eventCount.getAsLong();
        this.sampler = new Thread(() -> {
            while (running) {
                peakHeap = Math.max(peakHeap, usedHeap());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    BenchStage finish(long households) {
        running = false;
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = Math.max(peakHeap, usedHeap());
        return new BenchStage(name, seconds, households, eventCount.getAsLong() - startEvents, peak);
    }

    @Override
    public void close() {
        running = false;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
