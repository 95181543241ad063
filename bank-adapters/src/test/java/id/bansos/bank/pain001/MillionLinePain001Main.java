package id.bansos.bank.pain001;

import id.bansos.bank.payment.WrittenFile;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a pain.001 of {@code args[1]} lines to {@code args[0]} and validates it against the bundled schema, in its
 * own JVM (started by {@link MillionLinePain001Test} with a small heap), printing what happened as {@code key=value}
 * lines.
 */
public final class MillionLinePain001Main {

    private MillionLinePain001Main() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long lines = Long.parseLong(args[1]);
        long sum = Pain001Fixtures.sum(lines);
        long started = System.nanoTime();
        WrittenFile written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            written = new Pain001Writer(Pain001Fixtures.BRI).write(out, Pain001Fixtures.header(lines, sum),
                    Pain001Fixtures.lines(lines));
        }
        long wrote = System.nanoTime();
        Pain001ValidationReport report = Pain001Validator.bundled().validate(file);
        long validated = System.nanoTime();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println("count=" + written.count());
        System.out.println("controlSum=" + written.controlSum());
        System.out.println("expectedSum=" + sum);
        System.out.println("bytes=" + written.bytes());
        System.out.println("sha256=" + written.sha256());
        System.out.println("writeSeconds=" + (wrote - started) / 1e9);
        System.out.println("validateSeconds=" + (validated - wrote) / 1e9);
        System.out.println("valid=" + report.valid());
        System.out.println("validatedTransactions=" + report.transactions());
        System.out.println("validatedSum=" + report.instructedSum().toPlainString());
        System.out.println("maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1 << 20));
        System.out.println("peakHeapPoolsMiB=" + peakHeap / (1 << 20));
        report.problems().stream().limit(5).forEach(p -> System.out.println("problem=" + p));
    }
}
