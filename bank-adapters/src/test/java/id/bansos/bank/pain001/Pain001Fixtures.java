package id.bansos.bank.pain001;

import id.bansos.bank.payment.BankCode;
import id.bansos.bank.payment.PaymentFileHeader;
import id.bansos.bank.payment.PaymentInstruction;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.profile.BankProfiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Deterministic SEMBAKO lines at BRI and the header that announces them. */
final class Pain001Fixtures {

    static final BankProfile BRI = BankProfiles.load().profile(BankCode.BRI);
    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-23T18:00:00+07:00");

    private Pain001Fixtures() {
    }

    /** Line i (1-based): 600,000 rupiah, or 900,000 for every third line. */
    static PaymentInstruction line(long i) {
        long amount = i % 3 == 0 ? 900_000 : 600_000;
        return new PaymentInstruction("S6A1%012d".formatted(i), amount, "SITI AMINAH %d".formatted(i),
                "%015d".formatted(i), BankCode.BRI, null, PaymentInstruction.remittanceFor("SEMBAKO", PERIOD),
                "KPM%08d".formatted(i), "SEMBAKO", PERIOD);
    }

    static long sum(long lines) {
        long sum = 0;
        for (long i = 1; i <= lines; i++) {
            sum += line(i).amount();
        }
        return sum;
    }

    static PaymentFileHeader header(long lines, long controlSum) {
        return new PaymentFileHeader("MSG-SEMBAKO-2026-10-BRI-1", CREATED, "SEMBAKO-2026-10-BRI-1", 1,
                LocalDate.of(2026, 11, 24), lines, controlSum, BRI.debtor("SEMBAKO"));
    }

    static Iterator<PaymentInstruction> lines(long count) {
        return new Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public PaymentInstruction next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return line(next++);
            }
        };
    }

    static byte[] write(PaymentFileHeader header, List<PaymentInstruction> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new Pain001Writer(BRI).write(out, header, lines.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
