package id.bansos.bank.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A balance stated in a statement.
 *
 * @param code     as written: ISO {@code OPBD}, {@code PRCD}, {@code CLBD}, {@code CLAV} …, or the MT940 tag
 *                 {@code 60F}, {@code 60M}, {@code 62F}, {@code 62M}, {@code 64}, {@code 65}
 * @param amount   the amount as read
 * @param side     credit (in favour of the account holder) or debit (overdrawn)
 * @param date     the balance date, or {@code null} when not given
 * @param location where it was read
 */
public record Balance(String code, Money amount, CreditDebit side, LocalDate date, String location) {

    private static final Set<String> OPENING = Set.of("OPBD", "PRCD", "60F", "60M");
    private static final Set<String> CLOSING = Set.of("CLBD", "62F", "62M");

    /** The role of a balance in the statement arithmetic. */
    public enum Kind {
        /** Booked balance at the start: OPBD, PRCD (previously closed), 60F, 60M. */
        OPENING,
        /** Booked balance at the end: CLBD, 62F, 62M. */
        CLOSING,
        /** Available, forward, interim and other balances: not used in the arithmetic. */
        OTHER
    }

    public Kind kind() {
        if (OPENING.contains(code)) {
            return Kind.OPENING;
        }
        return CLOSING.contains(code) ? Kind.CLOSING : Kind.OTHER;
    }

    /** The amount, negative when the balance is a debit. */
    public BigDecimal signedAmount() {
        return side.signed(amount.amount());
    }

    @Override
    public String toString() {
        String sideMark = side == CreditDebit.CREDIT ? "CR" : "DR";
        return code + " " + amount + " " + sideMark + (date == null ? "" : " " + date);
    }
}
