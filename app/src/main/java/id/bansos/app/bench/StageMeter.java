package id.bansos.app.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Measures one stage: wall time, events appended (from a counter), the peak used heap sampled every 20 ms, and the
 * processor time of the JVM and the machine ({@link CpuClock}).
 */
final class StageMeter {

    private final String name;
    private final LongSupplier eventCount;
    private final long startEvents;
    private final long start = System.nanoTime();
    private final CpuClock.Reading startCpu = CpuClock.read();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-heap-sampler");
        t.setDaemon(true);
        return t;
    });
    private volatile long peakHeap;

    StageMeter(String name, LongSupplier eventCount) {
        this.name = name;
        this.eventCount = eventCount;
        this.startEvents = eventCount.getAsLong();
        sampler.scheduleAtFixedRate(() -> peakHeap = Math.max(peakHeap, usedHeap()), 0, 20, TimeUnit.MILLISECONDS);
    }

    BenchStage finish(long households) {
        sampler.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = Math.max(peakHeap, usedHeap());
        BenchStage.Cpu cpu = startCpu.until(CpuClock.read());
        return new BenchStage(name, seconds, households, eventCount.getAsLong() - startEvents, peak, cpu);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
