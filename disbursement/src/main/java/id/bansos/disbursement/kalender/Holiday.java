package id.bansos.disbursement.kalender;

import java.time.LocalDate;
import java.util.Objects;

/** One day off in the national calendar. */
public record Holiday(LocalDate date, String name, HolidayKind kind) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(date + ": name is required");
        }
        Objects.requireNonNull(kind, date + ": kind (LIBUR_NASIONAL or CUTI_BERSAMA)");
    }
}
