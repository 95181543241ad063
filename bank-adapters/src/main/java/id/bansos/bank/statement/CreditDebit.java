package id.bansos.bank.statement;

import java.math.BigDecimal;

/** The side of an entry or balance, as seen from the account holder. */
public enum CreditDebit {
    CREDIT,
    DEBIT;

    /** From ISO 20022 {@code CRDT}/{@code DBIT}; {@code null} for anything else. */
    public static CreditDebit fromIso(String code) {
        if ("CRDT".equals(code)) {
            return CREDIT;
        }
        return "DBIT".equals(code) ? DEBIT : null;
    }

    /** The amount with the sign of this side: credits positive, debits negative. */
    public BigDecimal signed(BigDecimal amount) {
        return this == CREDIT ? amount : amount.negate();
    }

    /** The ISO 20022 code. */
    public String iso() {
        return this == CREDIT ? "CRDT" : "DBIT";
    }
}
