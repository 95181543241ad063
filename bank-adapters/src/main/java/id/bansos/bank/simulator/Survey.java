package id.bansos.bank.simulator;

import id.bansos.bank.pain001.Pain001Reader;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.statement.CreditDebit;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The first pass over a pain.001: checks the whole file, decides every payment (handing each decision to the ground
 * truth consumer), and keeps only what the outputs must state before their entries: counts per outcome and, per
 * booking day, the sums credited and debited on the holding account.
 *
 * @param header   the group header
 * @param block    the one payment information block
 * @param counts   payments per outcome
 * @param days     per booking day, credits and debits of the holding account in whole rupiah
 */
record Survey(Pain001Reader.GroupHeader header, Pain001Reader.PaymentInformation block, Map<Outcome, Long> counts,
              SortedMap<LocalDate, Movement> days) {

    /** What one day moves on the holding account. */
    static final class Movement {
        long credits;
        long debits;

        void add(CreditDebit side, long amount) {
            if (side == CreditDebit.CREDIT) {
                credits = Math.addExact(credits, amount);
            } else {
                debits = Math.addExact(debits, amount);
            }
        }

        long net() {
            return credits - debits;
        }
    }

    static Survey of(Path pain001, BankProfile bank, Decider decider, Consumer<Decision> truth) throws IOException {
        try (Pain001Reader reader = Pain001Reader.open(
                new BufferedInputStream(Files.newInputStream(pain001), 1 << 16))) {
            Pain001Reader.PaymentInformation block = reader.nextPaymentInformation();
            if (!bank.bic().equals(block.debtorBic())) {
                throw new IllegalArgumentException(pain001.getFileName() + ": DbtrAgt/FinInstnId/BICFI '"
                        + block.debtorBic() + "' is not bank " + bank.code() + " (" + bank.bic() + ")");
            }
            Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
            SortedMap<LocalDate, Movement> days = new TreeMap<>();
            days.put(block.requestedExecutionDate(), new Movement());
            for (Pain001Reader.CreditTransfer tx = reader.nextTransaction(); tx != null;
                 tx = reader.nextTransaction()) {
                Decision decision = decider.bank(tx, block.requestedExecutionDate());
                counts.merge(decision.outcome(), 1L, Long::sum);
                Bookings.of(decision, tx.remittance(), b -> days.computeIfAbsent(b.date(), d -> new Movement())
                        .add(b.side(), b.amount()));
                truth.accept(decision);
            }
            if (reader.nextPaymentInformation() != null) {
                throw new IllegalArgumentException(pain001.getFileName() + ": more than one PmtInf; the simulator"
                        + " reads files of one payment information block, as Pain001Writer writes them");
            }
            return new Survey(reader.groupHeader(), block, counts, days);
        }
    }
}
