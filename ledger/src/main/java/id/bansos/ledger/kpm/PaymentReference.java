package id.bansos.ledger.kpm;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The reference of one payment line: deterministic from household, program, period and attempt; 16 characters of
 * {@code [0-9A-Z]} so it survives MT940's {@code :61:} field and serves as the ISO 20022 EndToEndId.
 * <p>
 * Layout: program letter, last digit of the year, month in base 36, attempt in base 36, then 12 base-36 characters
 * (62 bits) of a SHA-256 over household, program, period and attempt.
 */
public final class PaymentReference {

    /** The length of every reference. */
    public static final int LENGTH = 16;

    private PaymentReference() {
    }

    /** The reference of attempt {@code attempt} (1-based, at most 35) to pay a household a program's period. */
    public static String of(String householdId, String program, YearMonth period, int attempt) {
        if (attempt < 1 || attempt > 35) {
            throw new IllegalArgumentException("a payment is attempted 1 to 35 times; attempt " + attempt
                    + " is out of range");
        }
        String prefix = programLetter(program) + (period.getYear() % 10)
                + Integer.toString(period.getMonthValue(), 36) + Integer.toString(attempt, 36);
        String hash = new BigInteger(1, sha256(householdId + "|" + program + "|" + period + "|" + attempt))
                .toString(36);
        String tail = hash.length() >= 12 ? hash.substring(0, 12) : "0".repeat(12 - hash.length()) + hash;
        return (prefix + tail).toUpperCase(Locale.ROOT);
    }

    private static String programLetter(String program) {
        return switch (program) {
            case "PKH" -> "P";
            case "SEMBAKO" -> "S";
            case "BLT" -> "B";
            case "PIP" -> "I";
            default -> "X";
        };
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
