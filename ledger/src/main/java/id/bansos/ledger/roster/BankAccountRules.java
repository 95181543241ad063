package id.bansos.ledger.roster;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The banks a roster may name and the length of their account numbers. Lengths are configuration (banks have product
 * variants); the defaults are BRI 15, BNI 10, Mandiri 13, BTN 16, BSI 10.
 */
public record BankAccountRules(Map<String, Integer> lengths) {

    public BankAccountRules {
        lengths = Map.copyOf(new TreeMap<>(lengths));
    }

    /** The Himbara banks and BSI with their usual account lengths. */
    public static BankAccountRules defaults() {
        return new BankAccountRules(Map.of("BRI", 15, "BNI", 10, "MANDIRI", 13, "BTN", 16, "BSI", 10));
    }

    /** Why an account number does not fit the bank, or empty when it does. */
    public Optional<String> check(String bankCode, String account) {
        Integer length = lengths.get(bankCode);
        if (length == null) {
            return Optional.of("unknown bank code " + bankCode + " (known: "
                    + String.join(", ", new TreeSet<>(lengths.keySet())) + ", POS)");
        }
        if (account == null || account.isEmpty()) {
            return Optional.of("account number is required for bank " + bankCode);
        }
        if (!digitsOnly(account)) {
            return Optional.of("account number must be digits only");
        }
        if (account.length() != length) {
            return Optional.of(bankCode + " account numbers have " + length + " digits; this one has "
                    + account.length());
        }
        return Optional.empty();
    }

    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the code names a configured bank. */
    public boolean knows(String bankCode) {
        return lengths.containsKey(bankCode);
    }
}
