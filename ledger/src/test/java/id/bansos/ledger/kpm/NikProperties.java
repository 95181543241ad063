package id.bansos.ledger.kpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

class NikProperties {

    @Property
    void any_nik_built_from_a_province_a_birth_date_and_a_serial_is_valid_and_gives_the_date_back(
            @ForAll("provinces") String province,
            @ForAll @DateRange(min = "1930-01-01", max = "2026-12-31") LocalDate born,
            @ForAll boolean female, @ForAll @IntRange(min = 1, max = 9999) int serial) {
        int day = born.getDayOfMonth() + (female ? 40 : 0);
        String value = province + "0101" + two(day) + two(born.getMonthValue()) + two(born.getYear() % 100)
                + String.format("%04d", serial);

        Nik nik = Nik.parse(value);

        assertThat(nik.isFemale()).isEqualTo(female);
        assertThat(nik.birthDayMonthYY()).isEqualTo(born.format(DateTimeFormatter.ofPattern("ddMMyy")));
        assertThat(nik.masked()).startsWith(value.substring(0, 6)).endsWith(value.substring(12)).contains("******");
    }

    @Property
    void a_day_outside_one_to_thirty_one_and_forty_one_to_seventy_one_is_refused(
            @ForAll @IntRange(min = 0, max = 99) int day) {
        boolean valid = day >= 1 && day <= 31 || day >= 41 && day <= 71;

        assertThat(Nik.validate("320101" + two(day) + "03180001").isEmpty()).isEqualTo(valid);
    }

    @Provide
    Arbitrary<String> provinces() {
        List<String> codes = new ArrayList<>();
        Provinces.codes().forEach(codes::add);
        return Arbitraries.of(codes);
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
