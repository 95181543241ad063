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
        if (value == null || !value.matches("\\d{16}")) {
            return Optional.of("NIK must be 16 digits");
        }
        if (!Provinces.known(value.substring(0, 2))) {
            return Optional.of("NIK starts with unknown province code " + value.substring(0, 2));
        }
        int day = Integer.parseInt(value.substring(6, 8));
        int month = Integer.parseInt(value.substring(8, 10));
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

    /** The two-digit province code. */
    public String province() {
        return value.substring(0, 2);
    }

    /** Women's NIKs carry the birth day plus 40. */
    public boolean isFemale() {
        return Integer.parseInt(value.substring(6, 8)) > 40;
    }

    /** Birth day of month (women's +40 removed). */
    public int birthDay() {
        int day = Integer.parseInt(value.substring(6, 8));
        return day > 40 ? day - 40 : day;
    }

    /** Birth month. */
    public int birthMonth() {
        return Integer.parseInt(value.substring(8, 10));
    }

    /** Two-digit birth year (the century is ambiguous). */
    public int birthYearOfCentury() {
        return Integer.parseInt(value.substring(10, 12));
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
