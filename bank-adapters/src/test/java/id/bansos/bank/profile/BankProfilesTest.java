package id.bansos.bank.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.bank.payment.BankCode;
import id.bansos.bank.payment.Debtor;
import id.bansos.bank.payment.PaymentFileHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankProfilesTest {

    @TempDir
    Path dir;

    private static String defaults() throws IOException {
        try (InputStream in = BankProfiles.class.getResourceAsStream(BankProfiles.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static BankProfiles read(String json) throws IOException {
        return BankProfiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void the_default_profiles_cover_the_five_banks_with_their_bics_and_account_lengths() {
        // when the default profiles are loaded
        BankProfiles profiles = BankProfiles.load();

        // then the five banks are there with the BICs and account lengths of the reference notes
        assertThat(profiles.all()).extracting(BankProfile::code).containsExactly(BankCode.values());
        assertThat(profiles.all()).extracting(BankProfile::bic)
                .containsExactly("BRINIDJA", "BNINIDJA", "BMRIIDJA", "BTANIDJA", "BSMDIDJA");
        assertThat(profiles.all()).extracting(BankProfile::accountNumberLength).containsExactly(15, 10, 13, 16, 10);
        assertThat(profiles.profile(BankCode.BRI).cutOff()).isEqualTo(LocalTime.of(14, 0));
        assertThat(profiles.profile(BankCode.MANDIRI).mt940Dialect()).isEqualTo("MANDIRI");
    }

    @Test
    void every_default_holding_account_is_marked_as_a_placeholder() {
        // when the default profiles are loaded
        BankProfiles profiles = BankProfiles.load();

        // then every holding account is listed as a placeholder to configure
        assertThat(profiles.placeholderAccounts()).hasSize(18).contains("BRI/PKH", "BSI/PIP", "BTN/SEMBAKO");
    }

    @Test
    void a_programs_debtor_is_its_holding_account_at_the_bank() {
        // given BNI's profile
        BankProfile bni = BankProfiles.load().profile(BankCode.BNI);

        // when the PKH debtor is asked for
        Debtor debtor = bni.debtor("PKH");

        // then it is BNI's PKH holding account
        assertThat(debtor).isEqualTo(new Debtor(BankCode.BNI, "BNINIDJA", "PKH", "0000000001",
                "REKENING PENAMPUNG BANSOS PKH"));
        assertThatThrownBy(() -> BankProfiles.load().profile(BankCode.BTN).debtor("PIP"))
                .hasMessageContaining("bank BTN has no holding account for program PIP");
    }

    @Test
    void an_external_file_replaces_the_defaults() throws Exception {
        // given an external file where BRI's cut-off is 16:30
        Path file = dir.resolve("banks.json");
        Files.writeString(file, defaults().replaceFirst("\"14:00\"", "\"16:30\""));

        // when profiles are loaded with it
        BankProfiles profiles = BankProfiles.load(file);

        // then its values are in force and it is named as the source
        assertThat(profiles.profile(BankCode.BRI).cutOff()).isEqualTo(LocalTime.of(16, 30));
        assertThat(profiles.source()).isEqualTo(file.toString());
    }

    @Test
    void a_named_external_file_that_does_not_exist_is_an_error_not_a_fallback() {
        // given a path with no file
        Path missing = dir.resolve("missing.json");

        // when profiles are loaded from it, then loading fails
        assertThatThrownBy(() -> BankProfiles.load(missing)).hasMessageContaining("does not exist");
    }

    @Test
    void a_wrong_bic_is_reported_with_the_file_the_bank_and_the_field() throws Exception {
        // given BNI's BIC cut short
        String json = defaults().replace("\"BNINIDJA\"", "\"BNINID\"");

        // when the file is read, then the error names file, position, bank and field
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.json: banks[1]: bank BNI: bic 'BNINID' is not a BIC (4 letters or digits for the"
                        + " bank, 2 letters for the country, 2 for the location, optionally 3 for the branch)");
    }

    @Test
    void a_holding_account_of_the_wrong_length_names_the_bank_program_and_field() throws Exception {
        // given BRI's PKH holding account one digit short
        String json = defaults().replaceFirst("\"000000000000001\"", "\"00000000000001\"");

        // when the file is read, then the error names the bank, program and field
        assertThatThrownBy(() -> read(json))
                .hasMessageContaining("bank BRI: holdingAccounts.PKH.accountNumber '00000000000001' is not 15 digits");
    }

    @Test
    void a_missing_cut_off_or_an_unreadable_time_is_reported_with_the_bank() throws Exception {
        // given BTN's cut-off removed, and Mandiri's unreadable
        String noCutOff = defaults().replaceFirst("(?s)(\"code\": \"BTN\".*?),\\s*\"cutOff\": \"14:00\"", "$1");
        String badCutOff = defaults().replaceFirst("(?s)(\"code\": \"MANDIRI\".*?)\"14:00\"", "$1\"2 siang\"");

        // when the files are read, then each error names the bank and field
        assertThatThrownBy(() -> read(noCutOff)).hasMessageContaining("bank BTN: cutOff is required");
        assertThatThrownBy(() -> read(badCutOff))
                .hasMessageContaining("bank MANDIRI: cutOff '2 siang' is not a time HH:mm (WIB)");
    }

    @Test
    void an_unknown_field_or_bank_is_refused() throws Exception {
        // given a misspelt field, and an unknown bank code
        String misspelt = defaults().replaceFirst("\"serviceLevel\"", "\"serviceLvl\"");
        String unknownBank = defaults().replaceFirst("\"code\": \"BTN\"", "\"code\": \"BCA\"");

        // when they are read, then both are refused
        assertThatThrownBy(() -> read(misspelt)).hasMessageContaining("test.json: not a bank profiles file")
                .hasMessageContaining("serviceLvl");
        assertThatThrownBy(() -> read(unknownBank)).hasMessageContaining("'BCA' is not a bank code");
    }

    @Test
    void a_bank_listed_twice_is_refused() throws Exception {
        // given BNI's entry renamed to BRI
        String json = defaults().replaceFirst("\"code\": \"BNI\"", "\"code\": \"BRI\"");

        // when read, then it is refused
        assertThatThrownBy(() -> read(json)).hasMessageContaining("banks[1]: bank BRI is listed twice");
    }

    @Test
    void the_outbound_file_name_fills_the_pattern_from_the_header() {
        // given BRI's profile and a header
        BankProfile bri = BankProfiles.load().profile(BankCode.BRI);
        PaymentFileHeader header = new PaymentFileHeader("MSG-1", OffsetDateTime.parse("2026-11-23T18:00:00+07:00"),
                "SEMBAKO-2026-10-BRI-1", 2, LocalDate.of(2026, 11, 24), 1, 600_000, bri.debtor("SEMBAKO"));

        // when the file name is asked for, then the placeholders are filled
        assertThat(bri.outboundFileName(header)).isEqualTo("BANSOS_BRI_SEMBAKO-2026-10-BRI-1_002_20261124.xml");
    }

    @Test
    void an_unknown_placeholder_in_the_file_name_pattern_is_refused() throws Exception {
        // given a pattern with {time}
        String json = defaults().replaceFirst("\\{date}", "{time}");

        // when read, then the placeholder is named
        assertThatThrownBy(() -> read(json)).hasMessageContaining("bank BRI: outboundFileName: unknown placeholder"
                + " {time}");
    }
}
