package id.bansos.ledger.kpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

    @Test
    void a_mans_nik_gives_province_birth_date_and_a_masked_form() {
        Nik nik = Nik.parse("3201011203180001");

        assertThat(nik.province()).isEqualTo("32");
        assertThat(nik.isFemale()).isFalse();
        assertThat(nik.birthDayMonthYY()).isEqualTo("120318");
        assertThat(nik.masked()).isEqualTo("320101******0001");
        assertThat(nik).hasToString("320101******0001");
    }

    @Test
    void a_womans_nik_carries_the_birth_day_plus_forty() {
        Nik nik = Nik.parse("3201014508900001");

        assertThat(nik.isFemale()).isTrue();
        assertThat(nik.birthDay()).isEqualTo(5);
        assertThat(nik.birthDayMonthYY()).isEqualTo("050890");
    }

    @Test
    void the_new_papua_provinces_are_known() {
        assertThat(Nik.validate("9701011203180001")).isEmpty();
        assertThat(Provinces.name("97")).contains("Papua Pegunungan");
        assertThat(Provinces.name("92")).contains("Papua Barat Daya");
        assertThat(Provinces.codes()).hasSize(38);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2001011203180001, unknown province code 20",
            "3201013203180001, birth day must be 01-31, or 41-71 for women; found 32",
            "3201017203180001, birth day must be 01-31, or 41-71 for women; found 72",
            "3201010003180001, birth day must be 01-31, or 41-71 for women; found 00",
            "3201014003180001, birth day must be 01-31, or 41-71 for women; found 40",
            "3201011213180001, birth month must be 01-12; found 13",
            "3201011200180001, birth month must be 01-12; found 00",
            "3201011203180000, serial must not be 0000",
            "320101120318001, NIK must be 16 digits",
            "32010112031800011, NIK must be 16 digits",
            "32010112031800O1, NIK must be 16 digits"})
    void a_malformed_nik_is_refused_with_the_reason(String value, String reason) {
        assertThat(Nik.validate(value)).hasValueSatisfying(r -> assertThat(r).contains(reason));
        assertThatThrownBy(() -> Nik.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void a_missing_nik_is_refused() {
        assertThat(Nik.validate(null)).contains("NIK must be 16 digits");
    }

    @Test
    void a_kk_number_needs_sixteen_digits_and_a_known_province() {
        assertThat(NoKk.parse("3201010101200001").masked()).isEqualTo("320101******0001");
        assertThat(NoKk.validate("3201010101200001")).isEmpty();
        assertThat(NoKk.validate("9901010101200001")).contains("No. KK starts with unknown province code 99");
        assertThat(NoKk.validate("320101010120001")).contains("No. KK must be 16 digits");
    }

    @Test
    void a_bank_channel_prints_only_the_last_four_digits_of_account_and_card() {
        Channel bank = new Channel.Bank("BRI", "000101000000001", "6013010000000001");

        assertThat(bank.toString()).doesNotContain("000101000000001").doesNotContain("6013010000000001")
                .contains("BRI", "****0001");
        assertThat(bank.code()).isEqualTo("BRI");
        assertThat(new Channel.Pos().code()).isEqualTo("POS");
    }
}
