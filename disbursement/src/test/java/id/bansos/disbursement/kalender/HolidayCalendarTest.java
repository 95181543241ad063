package id.bansos.disbursement.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.bank.payment.BankCode;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.profile.BankProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCalendarTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.load();
    private static final LocalTime CUT_OFF = LocalTime.of(14, 0);

    @TempDir
    Path dir;

    private static ZonedDateTime wib(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+07:00[Asia/Jakarta]");
    }

    @Test
    void the_2025_lebaran_week_has_no_business_day_from_28_march_to_7_april() {
        // given the days from Thursday 27 March to Tuesday 8 April 2025
        Stream<LocalDate> lebaran = LocalDate.of(2025, 3, 28).datesUntil(LocalDate.of(2025, 4, 8));

        // then none of the days between is a business day, and the next one after 27 March is 8 April
        assertThat(lebaran).noneMatch(CALENDAR::isBusinessDay);
        assertThat(CALENDAR.isBusinessDay(LocalDate.of(2025, 3, 27))).isTrue();
        assertThat(CALENDAR.nextBusinessDay(LocalDate.of(2025, 3, 27))).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(CALENDAR.holiday(LocalDate.of(2025, 4, 7))).get().extracting(Holiday::kind)
                .isEqualTo(HolidayKind.CUTI_BERSAMA);
    }

    @Test
    void a_file_sent_after_the_cut_off_on_the_eve_of_lebaran_2025_is_executed_after_the_holidays() {
        // given BRI's 14:00 cut-off and Thursday 27 March 2025
        BankProfile bri = BankProfiles.load().profile(BankCode.BRI);

        // when a file for that day is sent at 10:00, and another at 14:00
        LocalDate beforeCutOff = CALENDAR.requestedExecutionDate(LocalDate.of(2025, 3, 27), bri,
                wib("2025-03-27T10:00:00"));
        LocalDate atCutOff = CALENDAR.requestedExecutionDate(LocalDate.of(2025, 3, 27), bri,
                wib("2025-03-27T14:00:00"));

        // then the first runs that day, the second on Tuesday 8 April
        assertThat(beforeCutOff).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(atCutOff).isEqualTo(LocalDate.of(2025, 4, 8));
    }

    @Test
    void the_cut_off_is_read_in_wib_whatever_the_zone_of_now() {
        // given 07:30 UTC on Wednesday 5 November 2025, which is 14:30 WIB
        ZonedDateTime now = ZonedDateTime.parse("2025-11-05T07:30:00Z");

        // when a file for today is sent, then it is past the cut-off and runs on Thursday
        assertThat(CALENDAR.requestedExecutionDate(LocalDate.of(2025, 11, 5), CUT_OFF, now))
                .isEqualTo(LocalDate.of(2025, 11, 6));
    }

    @Test
    void the_year_boundary_skips_christmas_cuti_bersama_the_weekend_and_new_year() {
        // given Wednesday 24 December 2025 after the cut-off, and Wednesday 31 December after the cut-off
        LocalDate christmas = CALENDAR.requestedExecutionDate(null, CUT_OFF, wib("2025-12-24T16:00:00"));
        LocalDate newYear = CALENDAR.requestedExecutionDate(null, CUT_OFF, wib("2025-12-31T16:00:00"));

        // then they run on Monday 29 December (25 libur, 26 cuti bersama, weekend) and Friday 2 January 2026
        assertThat(christmas).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(newYear).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void a_preferred_date_on_a_holiday_or_weekend_moves_to_the_next_business_day() {
        // given a file sent early in the morning of Monday 16 March 2026, preferring Wednesday 18 March
        ZonedDateTime now = wib("2026-03-16T08:00:00");

        // when the execution date is asked for
        LocalDate date = CALENDAR.requestedExecutionDate(LocalDate.of(2026, 3, 18), CUT_OFF, now);

        // then Nyepi, Lebaran 1447 and its cuti bersama push it to Wednesday 25 March
        assertThat(date).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void a_preferred_date_already_past_gives_the_earliest_date_the_bank_can_still_execute() {
        // given a file sent at 09:00 on Monday 2 February 2026 preferring last Friday
        LocalDate date = CALENDAR.requestedExecutionDate(LocalDate.of(2026, 1, 30), CUT_OFF,
                wib("2026-02-02T09:00:00"));

        // then it runs today
        assertThat(date).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void a_file_sent_on_a_holiday_before_the_cut_off_still_waits_for_the_next_business_day() {
        // given a file sent at 09:00 on Friday 15 May 2026 (cuti bersama, Kenaikan Yesus Kristus)
        LocalDate date = CALENDAR.requestedExecutionDate(null, CUT_OFF, wib("2026-05-15T09:00:00"));

        // then it runs on Monday 18 May
        assertThat(date).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void the_data_files_hold_the_skb_counts_and_name_their_source() {
        // when the two years are read
        HolidayYear y2025 = CALENDAR.year(2025);
        HolidayYear y2026 = CALENDAR.year(2026);

        // then 2025 has 17 libur and 10 + 1 cuti bersama (18 August added in August 2025), 2026 has 17 and 8
        assertThat(y2025.count(HolidayKind.LIBUR_NASIONAL)).isEqualTo(17);
        assertThat(y2025.count(HolidayKind.CUTI_BERSAMA)).isEqualTo(11);
        assertThat(y2025.on(LocalDate.of(2025, 8, 18))).isPresent();
        assertThat(y2026.count(HolidayKind.LIBUR_NASIONAL)).isEqualTo(17);
        assertThat(y2026.count(HolidayKind.CUTI_BERSAMA)).isEqualTo(8);
        assertThat(y2025.source()).contains("1017");
        assertThat(y2026.source()).contains("1497");
    }

    @Test
    void a_year_without_a_data_file_is_an_error_never_a_year_without_holidays() {
        // given the last business day of 2026 after the cut-off
        ZonedDateTime lateOnNewYearsEve = wib("2026-12-31T15:00:00");

        // when the next business day would fall in 2027, then the calendar says the year is missing
        assertThatThrownBy(() -> CALENDAR.requestedExecutionDate(null, CUT_OFF, lateOnNewYearsEve))
                .isInstanceOfSatisfying(MissingCalendarYearException.class, e -> assertThat(e.year()).isEqualTo(2027))
                .hasMessageContaining("add kalender/2027.json");
        assertThatThrownBy(() -> CALENDAR.isBusinessDay(LocalDate.of(2024, 6, 3)))
                .isInstanceOf(MissingCalendarYearException.class);
    }

    @Test
    void a_directory_can_add_a_year_the_classpath_lacks() throws Exception {
        // given a 2027 file with New Year's Day only
        Files.writeString(dir.resolve("2027.json"), """
                {"year": 2027, "source": "test", "holidays": [
                  {"date": "2027-01-01", "name": "Tahun Baru 2027 Masehi", "kind": "LIBUR_NASIONAL"}]}
                """);

        // when the calendar reads that directory
        HolidayCalendar calendar = HolidayCalendar.load(dir);

        // then 2027 is known and 2026 still comes from the classpath
        assertThat(calendar.nextBusinessDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 24))).isFalse();
    }

    @Test
    void a_data_file_with_a_date_of_another_year_is_refused_naming_the_file() throws Exception {
        // given a 2027 file listing a 2028 date
        Files.writeString(dir.resolve("2027.json"), """
                {"year": 2027, "source": "test", "holidays": [
                  {"date": "2028-01-01", "name": "Tahun Baru 2028 Masehi", "kind": "LIBUR_NASIONAL"}]}
                """);

        // when 2027 is read, then the error names the file and the date
        assertThatThrownBy(() -> HolidayCalendar.load(dir).year(2027))
                .hasMessageContaining("2027.json")
                .hasMessageContaining("2028-01-01 (Tahun Baru 2028 Masehi) is not in 2027");
    }
}
