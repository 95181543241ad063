package id.bansos.bank.statement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount exactly as the file wrote it (scale kept: {@code 300000}, {@code 300000.00}) in a currency.
 *
 * @param amount   never negative in a file; the side is carried separately
 * @param currency ISO 4217 code, such as {@code IDR}
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /** Whether the currency is the Indonesian rupiah. */
    public boolean isRupiah() {
        return Rupiah.CURRENCY.equals(currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
