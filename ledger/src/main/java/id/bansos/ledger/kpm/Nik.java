package id.bansos.ledger.kpm;

import java.util.Optional;

/**
 * A national identity number: 16 digits {@code PP KK CC DDMMYY SSSS} — province, regency, district, birth date
 * (women: day + 40) and serial. There is no check digit, so validation is structural. {@link #toString()} is masked.
 */
public record Nik(String value) {

    public Nik {
        validate(value).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
    }

    /** A validated NIK. */
    public static Nik parse(String value) {
        return new Nik(value);
    }

    /** Why the value is not a valid NIK, or empty when it is. */
    public static Optional<String> validate(String value) {
        if (!sixteenDigits(value)) {
            return Optional.of("NIK must be 16 digits");
        }
        if (!Provinces.known(value.substring(0, 2))) {
            return Optional.of("NIK starts with unknown province code " + value.substring(0, 2));
        }
        int day = twoDigits(value, 6);
        int month = twoDigits(value, 8);
        if (!(day >= 1 && day <= 31) && !(day >= 41 && day <= 71)) {
            return Optional.of("NIK birth day must be 01-31, or 41-71 for women; found " + value.substring(6, 8));
        }
        if (month < 1 || month > 12) {
            return Optional.of("NIK birth month must be 01-12; found " + value.substring(8, 10));
        }
        if (value.endsWith("0000")) {
            return Optional.of("NIK serial must not be 0000");
        }
        return Optional.empty();
    }

    /** Whether the value is exactly 16 ASCII digits. */
    static boolean sixteenDigits(String value) {
        if (value == null || value.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int twoDigits(String value, int at) {
        return (value.charAt(at) - '0') * 10 + value.charAt(at + 1) - '0';
    }

    /** The two-digit province code. */
    public String province() {
        return value.substring(0, 2);
    }

    /** Women's NIKs carry the birth day plus 40. */
    public boolean isFemale() {
        return twoDigits(value, 6) > 40;
    }

    /** Birth day of month (women's +40 removed). */
    public int birthDay() {
        int day = twoDigits(value, 6);
        return day > 40 ? day - 40 : day;
    }

    /** Birth month. */
    public int birthMonth() {
        return twoDigits(value, 8);
    }

    /** Two-digit birth year (the century is ambiguous). */
    public int birthYearOfCentury() {
        return twoDigits(value, 10);
    }

    /**
     * The birth date as {@code DDMMYY} with the women's + 40 removed, so it compares with a birth date formatted the
     * same way: NIK {@code 3201014508900001} gives {@code 050890}.
     */
    public String birthDayMonthYY() {
        int day = birthDay();
        return (day < 10 ? "0" : "") + day + value.substring(8, 12);
    }

    /** First six and last four digits: {@code 320101******0001}. */
    public String masked() {
        return value.substring(0, 6) + "******" + value.substring(12);
    }

    @Override
    public String toString() {
        return masked();
    }
}
