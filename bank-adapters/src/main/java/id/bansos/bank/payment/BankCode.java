package id.bansos.bank.payment;

import java.util.Arrays;
import java.util.Locale;

/** The banks that pay bansos into KPM accounts: the four Himbara banks, and BSI in Aceh. */
public enum BankCode {
    BRI, BNI, MANDIRI, BTN, BSI;

    /** The bank with this code (case-insensitive), or an error listing the codes there are. */
    public static BankCode of(String code) {
        if (code != null) {
            for (BankCode bank : values()) {
                if (bank.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                    return bank;
                }
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a bank code; one of " + Arrays.toString(values()));
    }
}
