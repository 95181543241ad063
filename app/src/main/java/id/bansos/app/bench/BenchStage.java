package id.bansos.app.bench;

/**
 * One measured stage of the benchmark.
 *
 * @param households households the stage processed (0 for the raw reference, which counts rows as events)
 * @param events     events appended (rows inserted, for the raw reference)
 */
public record BenchStage(String name, double seconds, long households, long events, long peakHeapBytes) {

    /** Households per second. */
    public double householdsPerSecond() {
        return seconds == 0 ? 0 : households / seconds;
    }

    /** Events (rows) per second. */
    public double eventsPerSecond() {
        return seconds == 0 ? 0 : events / seconds;
    }
}
