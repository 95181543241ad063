package id.bansos.bank.xml;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The written forms ISO 20022 files give amounts, currency codes and dates, checked by hand rather than by regular
 * expression or date formatter: readers check them for every line of files of a million lines.
 */
public final class IsoValues {

    private IsoValues() {
    }

    /** At most 18 digits, optionally a point and 1–5 digits: no sign, no exponent, no grouping. */
    public static boolean isAmount(String text) {
        int point = text.indexOf('.');
        int whole = point < 0 ? text.length() : point;
        if (whole < 1 || whole > 18 || !digits(text, 0, whole)) {
            return false;
        }
        int fraction = point < 0 ? 0 : text.length() - point - 1;
        return point < 0 || fraction >= 1 && fraction <= 5 && digits(text, point + 1, text.length());
    }

    /**
     * Why an identifier (an {@code EndToEndId}, {@code MsgId}, {@code AcctSvcrRef} …) does not fit ISO 20022's
     * {@code Max35Text}, or {@code null} when it does or is absent.
     */
    public static String max35Problem(String text) {
        if (text == null || text.length() <= 35) {
            return null;
        }
        return "'" + text.substring(0, 20) + "…' is " + text.length()
                + " characters long; ISO 20022 allows at most 35 (Max35Text)";
    }

    /** Three capital letters, as an ISO 4217 code is written. */
    public static boolean isCurrencyCode(String text) {
        return text.length() == 3 && isCapital(text.charAt(0)) && isCapital(text.charAt(1))
                && isCapital(text.charAt(2));
    }

    /**
     * A {@code Dt}: exactly {@code yyyy-MM-dd}.
     *
     * @throws DateTimeException when the text is anything else, or names no day of the calendar
     */
    public static LocalDate date(String text) {
        if (text.length() != 10) {
            throw new DateTimeException("not yyyy-MM-dd");
        }
        return dateAtStart(text);
    }

    /**
     * The {@code yyyy-MM-dd} a {@code Dt} is, or a {@code DtTm} starts with.
     *
     * @throws DateTimeException when the text does not start so, or names no day of the calendar
     */
    public static LocalDate dateAtStart(String text) {
        if (text.length() < 10 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 7)
                || text.charAt(7) != '-' || !digits(text, 8, 10)) {
            throw new DateTimeException("not yyyy-MM-dd");
        }
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10));
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
