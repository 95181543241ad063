package id.bansos.bank.camt;

import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementReport;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one camt.053 file in its own JVM (started by {@link MillionEntryStatementTest} with a small heap) and prints
 * what it found as {@code key=value} lines.
 */
public final class LargeStatementReadMain {

    private LargeStatementReadMain() {
    }

    public static void main(String[] args) throws Exception {
        long[] lines = {0};
        long started = System.nanoTime();
        StatementReport report;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            report = new CamtReader(ReadOptions.bansos()).stream(in, line -> lines[0]++);
        }
        long nanos = System.nanoTime() - started;
        Statement statement = report.statements().get(0);
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println("refused=" + report.refused());
        System.out.println("problems=" + report.problems().size());
        System.out.println("entries=" + statement.totals().entries());
        System.out.println("lines=" + lines[0]);
        System.out.println("debits=" + statement.totals().debits().toPlainString());
        System.out.println("credits=" + statement.totals().credits().toPlainString());
        System.out.println("balances=" + statement.balanceCheck().status());
        System.out.println("seconds=" + nanos / 1_000_000_000.0);
        System.out.println("entriesPerSecond=" + statement.totals().entries() * 1_000_000_000L / nanos);
        System.out.println("maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1 << 20));
        System.out.println("peakHeapPoolsMiB=" + peakHeap / (1 << 20));
        report.problems().stream().limit(5).forEach(p -> System.out.println("problem=" + p));
    }
}
