package id.bansos.bank.simulator;

import id.bansos.bank.statement.CreditDebit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * What a decision books on the holding account: a debit on the execution date for each credit to the KPM (two for a
 * double credit), and a credit back on the day of a return or a sweep, with its reason. Every booking carries the
 * payment reference and a bank reference of 16 characters: a letter for the kind ({@code D} debit, {@code E} the
 * second debit of a double credit, {@code R} return, {@code S} sweep), the date {@code yyMMdd} and the payment's
 * position in 9 digits.
 */
final class Bookings {

    /**
     * One booking.
     *
     * @param date          booking and value date
     * @param side          credit or debit of the holding account
     * @param amount        whole rupiah
     * @param reference     the payment reference
     * @param bankReference the bank's reference
     * @param reasonCode    return reason ({@code AC04}, {@code MD07}, {@code NOCL}), or {@code null}
     * @param remittance    the text shown, or {@code null}
     */
    record Booking(LocalDate date, CreditDebit side, long amount, String reference, String bankReference,
                   String reasonCode, String remittance) {
    }

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private Bookings() {
    }

    static void of(Decision d, String remittance, Consumer<Booking> out) {
        if (!d.booked()) {
            return;
        }
        out.accept(booking(d, 'D', d.bookedOn(), CreditDebit.DEBIT, null, remittance));
        if (d.outcome() == Outcome.DOUBLE_CREDITED) {
            out.accept(booking(d, 'E', d.bookedOn(), CreditDebit.DEBIT, null, remittance));
        }
        if (d.settledOn() != null) {
            String text = d.outcome() == Outcome.UNCLAIMED_SWEPT ? "DANA TIDAK DIKLAIM" : "RETUR " + d.reason();
            out.accept(booking(d, d.outcome() == Outcome.UNCLAIMED_SWEPT ? 'S' : 'R', d.settledOn(),
                    CreditDebit.CREDIT, d.reason(), text));
        }
    }

    private static Booking booking(Decision d, char kind, LocalDate date, CreditDebit side, String reason,
                                   String remittance) {
        String bankReference = kind + YYMMDD.format(date) + "%09d".formatted(d.position() % 1_000_000_000L);
        return new Booking(date, side, d.amount(), d.reference(), bankReference, reason, remittance);
    }
}
