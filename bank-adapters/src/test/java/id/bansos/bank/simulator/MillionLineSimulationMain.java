package id.bansos.bank.simulator;

import id.bansos.bank.payment.BankCode;
import id.bansos.bank.profile.BankProfile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a BRI pain.001 of {@code args[1]} lines into the directory {@code args[0]} and simulates the bank on it
 * (pain.002, three camt.053 and MT940 statements, the claim report), in its own JVM (started by
 * {@link MillionLineSimulationTest} with a small heap, or by hand as a benchmark), printing {@code key=value} lines.
 */
public final class MillionLineSimulationMain {

    private MillionLineSimulationMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long lines = Long.parseLong(args[1]);
        BankProfile bri = SimulatorFixtures.PROFILES.profile(BankCode.BRI);
        long started = System.nanoTime();
        Path pain001 = SimulatorFixtures.pain001(bri, lines, dir.resolve("pain001.xml"));
        long wrote = System.nanoTime();
        AtomicLong decisions = new AtomicLong();
        AtomicLong withdrawn = new AtomicLong();
        SimulationResult result = new BankSimulator(bri, SimulationOptions.of(1, SimulationOptions.Rates.typical()))
                .simulate(pain001, dir.resolve("out"), d -> {
                    decisions.incrementAndGet();
                    if (d.withdrawn()) {
                        withdrawn.incrementAndGet();
                    }
                });
        long simulated = System.nanoTime();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println("decisions=" + decisions.get());
        System.out.println("withdrawn=" + withdrawn.get());
        System.out.println("files=" + result.files().size());
        result.files().forEach(f -> System.out.println("file." + f.path().getFileName() + "=" + f.bytes()));
        System.out.println("counts=" + result.counts());
        System.out.println("writeSeconds=" + (wrote - started) / 1e9);
        System.out.println("simulateSeconds=" + (simulated - wrote) / 1e9);
        System.out.println("maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1 << 20));
        System.out.println("peakHeapPoolsMiB=" + peakHeap / (1 << 20));
    }
}
