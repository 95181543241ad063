package id.bansos.bank.simulator;

import id.bansos.bank.pain001.Pain001Writer;
import id.bansos.bank.payment.PaymentFileHeader;
import id.bansos.bank.payment.PaymentInstruction;
import id.bansos.bank.payment.PosPayoutInstruction;
import id.bansos.bank.pos.manifest.PosManifestHeader;
import id.bansos.bank.pos.manifest.PosManifestWriter;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.profile.BankProfiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/** pain.001 files for any bank and PT Pos manifests, written by the project's own writers. */
public final class SimulatorFixtures {

    public static final BankProfiles PROFILES = BankProfiles.load();
    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-23T18:00:00+07:00");
    static final LocalDate EXECUTION = LocalDate.of(2026, 11, 24);

    private SimulatorFixtures() {
    }

    /** Line i (1-based) at the bank: 600,000 rupiah, or 900,000 for every third line. */
    static PaymentInstruction line(BankProfile bank, long i) {
        long amount = i % 3 == 0 ? 900_000 : 600_000;
        return new PaymentInstruction("S6A1%012d".formatted(i), amount, "SITI AMINAH " + i,
                ("%0" + bank.accountNumberLength() + "d").formatted(i), bank.code(), null,
                PaymentInstruction.remittanceFor("PKH", PERIOD), "KPM%08d".formatted(i), "PKH", PERIOD);
    }

    /** Writes a PKH pain.001 of {@code lines} lines for the bank. */
    public static Path pain001(BankProfile bank, long lines, Path file) throws IOException {
        long sum = 0;
        for (long i = 1; i <= lines; i++) {
            sum += line(bank, i).amount();
        }
        PaymentFileHeader header = new PaymentFileHeader("MSG-PKH-2026-10-" + bank.code() + "-1", CREATED,
                "PKH-2026-10-" + bank.code(), 1, EXECUTION, lines, sum, bank.debtor("PKH"));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new Pain001Writer(bank).write(out, header, iterate(lines, i -> line(bank, i)));
        }
        return file;
    }

    /** Writes a BLT manifest of {@code lines} payouts at post office 40000. */
    public static Path manifest(long lines, Path file) throws IOException {
        PosManifestHeader header = new PosManifestHeader("DANOM-BLT-2026-10-40000", CREATED, "BLT-2026-10-POS-1", 1,
                "40000", "32.73", "BLT", PERIOD, lines, lines * 900_000, PosManifestHeader.allProof());
        try (OutputStream out = Files.newOutputStream(file)) {
            new PosManifestWriter().write(out, header, iterate(lines, i -> new PosPayoutInstruction(
                    "B6A1%012d".formatted(i), "DEWI, LESTARI " + i, "3273014107800012", "Jl. Merdeka No. " + i,
                    "32.73.01.1001", "40000", 900_000, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30),
                    "KPM%08d".formatted(i), "BLT", PERIOD)));
        }
        return file;
    }

    static <T> Iterator<T> iterate(long count, LongFunction<T> make) {
        return new Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return make.apply(next++);
            }
        };
    }
}
