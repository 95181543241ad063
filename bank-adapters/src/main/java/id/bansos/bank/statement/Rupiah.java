package id.bansos.bank.statement;

import java.math.BigDecimal;

/** Rupiah amounts are whole: bansos never pays sen. */
public final class Rupiah {

    /** The ISO 4217 code of the rupiah. */
    public static final String CURRENCY = "IDR";

    private Rupiah() {
    }

    /** Whether the amount has no fractional part ({@code 300000.00} is whole, {@code 300000.50} is not). */
    public static boolean isWhole(BigDecimal amount) {
        return amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0;
    }

    /**
     * The amount as whole rupiah.
     *
     * @throws ArithmeticException when it has a fractional part or does not fit in a {@code long}
     */
    public static long toLong(BigDecimal amount) {
        if (!isWhole(amount)) {
            throw new ArithmeticException("a rupiah amount must be whole, not " + amount.toPlainString());
        }
        return amount.longValueExact();
    }
}
