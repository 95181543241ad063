package id.bansos.disbursement.kalender;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.bank.profile.BankProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business days for bank files: Monday to Friday, except libur nasional and cuti bersama (BI-RTGS and SKNBI are shut
 * on both). Each year's days off come from a data file {@code kalender/YYYY.json}, read when a date of that year is
 * first asked about, from a directory that overrides the classpath when one is given. A year with no file is an error
 * ({@link MissingCalendarYearException}), never a year assumed to have no holidays. Thread-safe.
 */
public final class HolidayCalendar {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Path directory;
    private final Map<Integer, HolidayYear> years = new ConcurrentHashMap<>();

    private HolidayCalendar(Path directory) {
        this.directory = directory;
    }

    /** The calendar of the data files on the classpath. */
    public static HolidayCalendar load() {
        return new HolidayCalendar(null);
    }

    /** The calendar whose year files are read from {@code directory/YYYY.json} when present, else the classpath. */
    public static HolidayCalendar load(Path directory) {
        return new HolidayCalendar(directory);
    }

    /** The year's data, read on first use. */
    public HolidayYear year(int year) {
        return years.computeIfAbsent(year, this::read);
    }

    /** The holiday on a date, if it is one. */
    public Optional<Holiday> holiday(LocalDate date) {
        return year(date.getYear()).on(date);
    }

    /** Whether banks execute files on the date: a weekday that is neither libur nasional nor cuti bersama. */
    public boolean isBusinessDay(LocalDate date) {
        HolidayYear year = year(date.getYear());
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && year.on(date).isEmpty();
    }

    /** The first business day after the date. */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The business day on or after the date. */
    public LocalDate onOrAfter(LocalDate date) {
        return isBusinessDay(date) ? date : nextBusinessDay(date);
    }

    /** {@link #requestedExecutionDate(LocalDate, LocalTime, ZonedDateTime)} with the bank's cut-off. */
    public LocalDate requestedExecutionDate(LocalDate preferred, BankProfile bank, ZonedDateTime now) {
        return requestedExecutionDate(preferred, bank.cutOff(), now);
    }

    /**
     * The date to request for a file sent now: the preferred date, moved to the next business day when it is not one,
     * but never before the earliest date the bank can still execute. That earliest date is today (in WIB) when today
     * is a business day and it is not yet the cut-off, else the next business day: a file sent at or after the cut-off
     * counts as sent the next business day.
     *
     * @param preferred the date asked for, or {@code null} for as soon as possible
     * @param cutOff    the bank's cut-off, WIB
     * @param now       the time of sending, in any zone
     */
    public LocalDate requestedExecutionDate(LocalDate preferred, LocalTime cutOff, ZonedDateTime now) {
        Objects.requireNonNull(cutOff, "cutOff");
        ZonedDateTime wib = now.withZoneSameInstant(BankProfile.WIB);
        LocalDate today = wib.toLocalDate();
        LocalDate earliest = isBusinessDay(today) && wib.toLocalTime().isBefore(cutOff) ? today
                : nextBusinessDay(today);
        if (preferred == null || !preferred.isAfter(earliest)) {
            return earliest;
        }
        return onOrAfter(preferred);
    }

    private HolidayYear read(int year) {
        Path external = directory == null ? null : directory.resolve(year + ".json");
        boolean fromDirectory = external != null && Files.isRegularFile(external);
        String source = fromDirectory ? external.toString() : "classpath:/kalender/" + year + ".json";
        try (InputStream in = fromDirectory ? Files.newInputStream(external)
                : HolidayCalendar.class.getResourceAsStream("/kalender/" + year + ".json")) {
            if (in == null) {
                throw new MissingCalendarYearException(year);
            }
            YearJson json = JSON.readValue(in, YearJson.class);
            if (json.year() == null || json.year() != year) {
                throw new IllegalArgumentException(source + ": says year " + json.year() + ", not " + year);
            }
            return json.toYear();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not a holiday calendar: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(source) ? e
                    : new IllegalArgumentException(source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    record YearJson(Integer year, String source, List<HolidayJson> holidays) {
        HolidayYear toYear() {
            return new HolidayYear(year, source, holidays == null ? null
                    : holidays.stream().map(HolidayJson::toHoliday).toList());
        }
    }

    record HolidayJson(String date, String name, HolidayKind kind) {
        Holiday toHoliday() {
            if (date == null) {
                throw new IllegalArgumentException("holiday '" + name + "': date is required");
            }
            try {
                return new Holiday(LocalDate.parse(date), name, kind);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("holiday '" + name + "': date '" + date + "' is not yyyy-MM-dd", e);
            }
        }
    }
}
