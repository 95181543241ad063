package id.bansos.ledger.kpm;

import java.util.Optional;

/** A family card number (No. KK): 16 digits starting with the issuing region. {@link #toString()} is masked. */
public record NoKk(String value) {

    public NoKk {
        validate(value).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
    }

    /** A validated No. KK. */
    public static NoKk parse(String value) {
        return new NoKk(value);
    }

    /** Why the value is not a valid No. KK, or empty when it is. */
    public static Optional<String> validate(String value) {
        if (!Nik.sixteenDigits(value)) {
            return Optional.of("No. KK must be 16 digits");
        }
        if (!Provinces.known(value.substring(0, 2))) {
            return Optional.of("No. KK starts with unknown province code " + value.substring(0, 2));
        }
        return Optional.empty();
    }

    /** First six and last four digits. */
    public String masked() {
        return value.substring(0, 6) + "******" + value.substring(12);
    }

    @Override
    public String toString() {
        return masked();
    }
}
