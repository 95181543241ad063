package id.bansos.bank.pos.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.bank.payment.PosPayoutInstruction;
import id.bansos.bank.payment.TotalsMismatchException;
import id.bansos.bank.payment.WrittenFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PosManifestWriterTest {

    private static final YearMonth PERIOD = YearMonth.of(2026, 10);

    private static PosPayoutInstruction payout(String reference, String name, String address, String region,
                                               long amount) {
        return new PosPayoutInstruction(reference, name, "3273014107800012", address, region, "40000", amount,
                LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30), "KPM-" + reference, "BLT", PERIOD);
    }

    private static final List<PosPayoutInstruction> PAYOUTS = List.of(
            payout("B6A1000000000001", "SITI AMINAH", "Jl. Merdeka No. 1, RT 02/RW 03", "32.73.01.1001", 900_000),
            payout("B6A1000000000002", "=HYPERLINK(\"x\")", "Gg. Mawar \"Ujung\"", "32.73.01.1002", 900_000));

    private static PosManifestHeader header(long lines, long sum) {
        return new PosManifestHeader("DANOM-BLT-2026-10-40000", OffsetDateTime.parse("2026-11-23T18:00:00+07:00"),
                "BLT-2026-10-POS-1", 1, "40000", "32.73", "BLT", PERIOD, lines, sum,
                PosManifestHeader.allProof());
    }

    private static String write(PosManifestHeader header, List<PosPayoutInstruction> payouts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PosManifestWriter().write(out, header, payouts.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_manifest_states_itself_and_its_proof_then_lists_each_payout_with_the_nik_masked() {
        // given two payouts of one post office
        // when the manifest is written
        String csv = write(header(2, 1_800_000), PAYOUTS);

        // then the header block, columns and lines are as documented
        assertThat(csv.split("\r\n")).containsExactly(
                "# format: bansos-danom-v1",
                "# manifest_id: DANOM-BLT-2026-10-40000",
                "# created: 2026-11-23T18:00:00+07:00",
                "# batch: BLT-2026-10-POS-1",
                "# file_sequence: 1",
                "# post_office_code: 40000",
                "# region_prefix: 32.73",
                "# program: BLT",
                "# period: 2026-10",
                "# lines: 2",
                "# control_sum: 1800000",
                "# proof_required: signature,photo,geotag",
                "reference,kpm_name,nik_masked,address,region_code,amount,collection_start,collection_end",
                "B6A1000000000001,SITI AMINAH,327301******0012,\"Jl. Merdeka No. 1, RT 02/RW 03\",32.73.01.1001,"
                        + "900000,2026-11-24,2026-11-30",
                "B6A1000000000002,\"'=HYPERLINK(\"\"x\"\")\",327301******0012,\"Gg. Mawar \"\"Ujung\"\"\","
                        + "32.73.01.1002,900000,2026-11-24,2026-11-30");
        assertThat(csv).endsWith("\r\n").doesNotContain("3273014107800012");
    }

    @Test
    void writing_twice_gives_identical_bytes_and_the_digest_of_those_bytes() throws Exception {
        // given the same header and payouts
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        // when written twice
        WrittenFile one = new PosManifestWriter().write(first, header(2, 1_800_000), PAYOUTS.iterator());
        WrittenFile two = new PosManifestWriter().write(second, header(2, 1_800_000), PAYOUTS.iterator());

        // then bytes and digests agree and are true to the bytes
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        assertThat(one).isEqualTo(two).isEqualTo(new WrittenFile(2, 1_800_000, HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(first.toByteArray())), first.size()));
    }

    @Test
    void a_control_sum_other_than_announced_throws_a_totals_mismatch() {
        // given a header announcing 2,700,000 rupiah for the two payouts of 900,000
        PosManifestHeader header = header(2, 2_700_000);

        // when written, then the writer refuses the manifest
        assertThatThrownBy(() -> write(header, PAYOUTS)).isInstanceOf(TotalsMismatchException.class)
                .hasMessageContaining("2 lines for 2700000 rupiah but 2 lines for 1800000 rupiah");
    }

    @Test
    void a_payout_of_another_post_office_or_area_is_refused() {
        // given a payout for post office 40100, and one outside area 32.73
        PosPayoutInstruction otherOffice = new PosPayoutInstruction("B6A1000000000003", "ANI", "3273014107800012",
                "Jl. A", "32.73.01.1001", "40100", 900_000, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30),
                "KPM-3", "BLT", PERIOD);
        PosPayoutInstruction otherArea = payout("B6A1000000000004", "ANI", "Jl. B", "32.04.01.1001", 900_000);

        // when written, then each is refused, naming the line
        assertThatThrownBy(() -> write(header(1, 900_000), List.of(otherOffice)))
                .hasMessageContaining("line 1 (reference B6A1000000000003, household KPM-3): post office 40100");
        assertThatThrownBy(() -> write(header(1, 900_000), List.of(otherArea)))
                .hasMessageContaining("region 32.04.01.1001 is outside the post office's area 32.73");
    }

    @Test
    void the_proof_required_can_be_narrowed_but_not_emptied() {
        // given a manifest needing only the signature
        PosManifestHeader signatureOnly = new PosManifestHeader("D-1", OffsetDateTime.parse(
                "2026-11-23T18:00:00+07:00"), "BLT-2026-10-POS-1", 1, "40000", null, "BLT", PERIOD, 2, 1_800_000,
                Set.of(Proof.SIGNATURE));

        // when written, then the header says so; an empty set is refused outright
        assertThat(write(signatureOnly, PAYOUTS)).contains("# proof_required: signature\r\n");
        assertThatThrownBy(() -> new PosManifestHeader("D-1", OffsetDateTime.now(), "B", 1, "40000", null, "BLT",
                PERIOD, 1, 1, Set.of())).hasMessageContaining("at least one proof");
    }

    @Test
    void the_file_name_names_the_post_office_batch_and_sequence() {
        // given a header, then its file name
        assertThat(header(2, 1_800_000).fileName()).isEqualTo("DANOM_40000_BLT-2026-10-POS-1_001.csv");
    }
}
