package id.bansos.bank.payment;

import java.util.regex.Pattern;

/** Checks shared by the outbound records: required, bounded, single-line text fit for XML and CSV. */
public final class Texts {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\x{FFFE}\\x{FFFF}\\p{Cs}]");

    private Texts() {
    }

    /**
     * The text itself, when it is not blank, at most {@code max} characters and free of control characters (which XML
     * 1.0 cannot carry and which would break a CSV line).
     */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " has " + value.length() + " characters; at most " + max);
        }
        if (CONTROL.matcher(value).find()) {
            throw new IllegalArgumentException(field + " contains a control character (line break, tab or similar)");
        }
        return value;
    }

    /** The value when it matches the pattern, else an error quoting it and describing what is expected. */
    public static String matching(String value, String field, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " '" + value + "' is not " + expected);
        }
        return value;
    }
}
