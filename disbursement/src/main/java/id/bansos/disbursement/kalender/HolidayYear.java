package id.bansos.disbursement.kalender;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One year of the national calendar, as a data file {@code kalender/YYYY.json} gives it.
 *
 * @param year     the year
 * @param source   the decree the dates come from, and how they were confirmed
 * @param holidays every libur nasional and cuti bersama of the year, weekends included when a holiday falls on one
 */
public record HolidayYear(int year, String source, List<Holiday> holidays) {

    public HolidayYear {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("calendar " + year + ": source is required");
        }
        if (holidays == null || holidays.isEmpty()) {
            throw new IllegalArgumentException("calendar " + year + ": holidays are required");
        }
        Map<LocalDate, Holiday> byDate = new TreeMap<>();
        for (Holiday holiday : holidays) {
            if (holiday.date().getYear() != year) {
                throw new IllegalArgumentException("calendar " + year + ": " + holiday.date() + " (" + holiday.name()
                        + ") is not in " + year);
            }
            if (byDate.putIfAbsent(holiday.date(), holiday) != null) {
                throw new IllegalArgumentException("calendar " + year + ": " + holiday.date() + " is listed twice");
            }
        }
        holidays = List.copyOf(byDate.values());
    }

    /** The holiday on a date of this year, if it is one. */
    public Optional<Holiday> on(LocalDate date) {
        return holidays.stream().filter(h -> h.date().equals(date)).findFirst();
    }

    /** How many days of a kind the year has. */
    public long count(HolidayKind kind) {
        return holidays.stream().filter(h -> h.kind() == kind).count();
    }
}
