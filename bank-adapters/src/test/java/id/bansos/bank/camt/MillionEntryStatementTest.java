package id.bansos.bank.camt;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.bank.statement.CreditDebit;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A camt.053.001.08 of one million entries is written with {@link Camt053Writer} and read back by
 * {@link LargeStatementReadMain} in a separate JVM limited to a 256 MB heap.
 */
class MillionEntryStatementTest {

    private static final int ENTRIES = 1_000_000;
    private static final long OPENING = 1_000_000_000_000L;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    /** Entry i pays 200,000–650,000 rupiah; every 50th is a payment returned (AC04, account closed). */
    private static Camt053Writer.Entry entry(int i) {
        BigDecimal amount = BigDecimal.valueOf(200_000L + (i % 10) * 50_000L);
        boolean returned = i % 50 == 0;
        return Camt053Writer.Entry.of("E2E-%07d".formatted(i), amount,
                returned ? CreditDebit.CREDIT : CreditDebit.DEBIT, DAY, "BRI%09d".formatted(i),
                returned ? "AC04" : null);
    }

    @Test
    void a_statement_of_a_million_entries_is_read_in_a_256_megabyte_heap() throws Exception {
        // given a million entries written as one statement
        long debits = 0;
        long credits = 0;
        for (int i = 1; i <= ENTRIES; i++) {
            long amount = 200_000L + (i % 10) * 50_000L;
            if (i % 50 == 0) {
                credits += amount;
            } else {
                debits += amount;
            }
        }
        Path file = dir.resolve("camt053-1m.xml");
        long writeStart = System.nanoTime();
        writeStatement(file, OPENING - debits + credits);
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;

        // when another JVM with -Xmx256m reads it
        Map<String, String> result = readInSmallHeap(file);

        // then every entry is there, the totals are exact and the balances reconcile
        System.out.printf("camt.053 1M entries: %,d bytes written in %.1f s; read in %s s = %s entries/s"
                        + " (-Xmx256m, max heap %s MiB, peak heap pools %s MiB)%n", Files.size(file), writeSeconds,
                result.get("seconds"), result.get("entriesPerSecond"), result.get("maxHeapMiB"),
                result.get("peakHeapPoolsMiB"));
        assertThat(result).containsEntry("refused", "false").containsEntry("problems", "0")
                .containsEntry("entries", String.valueOf(ENTRIES)).containsEntry("lines", String.valueOf(ENTRIES))
                .containsEntry("debits", String.valueOf(debits)).containsEntry("credits", String.valueOf(credits))
                .containsEntry("balances", "RECONCILED");
        assertThat(Long.parseLong(result.get("maxHeapMiB"))).isLessThanOrEqualTo(256);
    }

    private static void writeStatement(Path file, long closing) throws Exception {
        Iterator<Camt053Writer.Entry> entries = new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= ENTRIES;
            }

            @Override
            public Camt053Writer.Entry next() {
                return entry(next++);
            }
        };
        Camt053Writer.Statement statement = new Camt053Writer.Statement("STMT-1M", 1, "123456789012345", "IDR",
                "BRINIDJA", BigDecimal.valueOf(OPENING), DAY, BigDecimal.valueOf(closing), DAY, entries);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new Camt053Writer().write(out, "BRI-1M", OffsetDateTime.parse("2026-11-23T18:00:00+07:00"),
                    List.of(statement));
        }
    }

    private static Map<String, String> readInSmallHeap(Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), LargeStatementReadMain.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, String> values = new HashMap<>();
        output.lines().filter(l -> l.contains("=")).forEach(l -> values.putIfAbsent(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        return values;
    }
}
