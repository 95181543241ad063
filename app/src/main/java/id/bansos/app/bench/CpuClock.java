package id.bansos.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a stage's processor time went: this JVM's own CPU time, and the whole machine's busy, idle and stolen time
 * from Linux's {@code /proc/stat}. With the embedded PostgreSQL on the same machine, busy time not spent by the JVM
 * is the database's (and whatever else runs there); steal is time the host gave to other guests.
 */
final class CpuClock {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** Linux counts {@code /proc/stat} in USER_HZ ticks: 100 a second on x86 and ARM. */
    private static final double TICKS_PER_SECOND = 100;

    private CpuClock() {
    }

    /** The machine's processor time in clock ticks since boot, summed over its cores. */
    record MachineTicks(long busy, long idle, long steal) {
    }

    /** A reading: the JVM's CPU time and, where {@code /proc/stat} can be read, the machine's. */
    record Reading(long jvmNanos, Optional<MachineTicks> machine) {

        /** The processor time between this reading and a later one. */
        BenchStage.Cpu until(Reading later) {
            double jvm = (later.jvmNanos - jvmNanos) / 1e9;
            if (machine.isEmpty() || later.machine.isEmpty()) {
                return new BenchStage.Cpu(jvm, Optional.empty());
            }
            MachineTicks a = machine.get();
            MachineTicks b = later.machine.get();
            return new BenchStage.Cpu(jvm, Optional.of(new BenchStage.Machine(
                    (b.busy() - a.busy()) / TICKS_PER_SECOND, (b.idle() - a.idle()) / TICKS_PER_SECOND,
                    (b.steal() - a.steal()) / TICKS_PER_SECOND)));
        }
    }

    /** Reads the clocks now. */
    static Reading read() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Reading(jvm, machine());
    }

    private static Optional<MachineTicks> machine() {
        try {
            List<String> lines = Files.readAllLines(PROC_STAT, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(parse(lines.get(0)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The first line of {@code /proc/stat}: {@code cpu user nice system idle iowait irq softirq steal …} in clock
     * ticks. Guest time is already counted in user time, so it is not added again.
     */
    static MachineTicks parse(String line) {
        String[] f = line.trim().split("\\s+");
        if (!f[0].equals("cpu") || f.length < 9) {
            throw new IllegalArgumentException("not the summary line of /proc/stat: " + line);
        }
        long user = Long.parseLong(f[1]);
        long nice = Long.parseLong(f[2]);
        long system = Long.parseLong(f[3]);
        long idle = Long.parseLong(f[4]);
        long iowait = Long.parseLong(f[5]);
        long irq = Long.parseLong(f[6]);
        long softirq = Long.parseLong(f[7]);
        long steal = Long.parseLong(f[8]);
        return new MachineTicks(user + nice + system + irq + softirq, idle + iowait, steal);
    }
}
