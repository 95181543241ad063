package id.bansos.app.bench;

import java.util.Optional;

/**
 * One measured stage of the benchmark.
 *
 * @param households households the stage processed (0 for the raw reference, which counts rows as events)
 * @param events     events appended (rows inserted, for the raw reference)
 * @param cpu        the processor time the stage took, the JVM's and the machine's
 */
public record BenchStage(String name, double seconds, long households, long events, long peakHeapBytes, Cpu cpu) {

    /** Households per second. */
    public double householdsPerSecond() {
        return seconds == 0 ? 0 : households / seconds;
    }

    /** Events (rows) per second. */
    public double eventsPerSecond() {
        return seconds == 0 ? 0 : events / seconds;
    }

    /**
     * Processor seconds during a stage.
     *
     * @param jvmSeconds this JVM's CPU time, all its threads
     * @param machine    the whole machine's, where the operating system reports it (Linux)
     */
    public record Cpu(double jvmSeconds, Optional<Machine> machine) {

        /** Busy seconds not spent by this JVM: the embedded PostgreSQL's, and anything else on the machine. */
        public Optional<Double> otherSeconds() {
            return machine.map(m -> m.busySeconds() - jvmSeconds);
        }
    }

    /**
     * The machine's processor seconds during a stage, summed over its cores.
     *
     * @param busySeconds  running anything, the kernel included
     * @param idleSeconds  idle or waiting for the disk
     * @param stealSeconds taken by the host for other guests (a shared machine)
     */
    public record Machine(double busySeconds, double idleSeconds, double stealSeconds) {
    }
}
