package id.bansos.bank.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.bank.inspect.InboundFileReader;
import id.bansos.bank.statement.PosPayoutLine;
import id.bansos.bank.statement.PosPayoutReport;
import id.bansos.bank.statement.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosSimulatorRoundTripTest {

    private static final SimulationOptions OPTIONS = SimulationOptions.of(99,
            new SimulationOptions.Rates(0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.2));

    @TempDir
    Path dir;

    @Test
    void the_payout_report_reads_back_as_exactly_what_was_decided_with_the_proof_left_out() throws IOException {
        // given a manifest of 500 BLT payouts at post office 40000, names holding commas
        Path manifest = SimulatorFixtures.manifest(500, dir.resolve("DANOM.csv"));

        // when PT Pos is simulated with 10% not collected and 20% of payouts missing a proof
        SimulationResult result = new PosSimulator(OPTIONS).simulate(manifest, dir.resolve("out"));

        // then the report is read without a problem, line for line as decided
        PosPayoutReport report = (PosPayoutReport) new InboundFileReader(ReadOptions.bansos())
                .read(result.files().get(0).path());
        assertThat(report.problems()).isEmpty();
        List<Decision> truth = result.truth();
        assertThat(report.lines()).hasSize(500);
        for (int i = 0; i < truth.size(); i++) {
            Decision d = truth.get(i);
            PosPayoutLine line = report.lines().get(i);
            assertThat(line.reference()).isEqualTo(d.reference());
            assertThat(line.amountRupiah()).isEqualTo(d.amount());
            assertThat(line.status() == PosPayoutLine.Status.PAID).isEqualTo(d.outcome() == Outcome.POS_PAID);
            assertThat(line.paidAt()).isEqualTo(d.withdrawnAt());
            assertThat(line.missingProof()).isEqualTo(d.missingProof());
            if (d.outcome() == Outcome.POS_NOT_COLLECTED) {
                assertThat(line.reason()).isEqualTo(d.reason());
            } else {
                assertThat(line.postOfficeCode()).isEqualTo("40000");
                assertThat(line.paidAt().toLocalDate()).isBetween(LocalDate.of(2026, 11, 24),
                        LocalDate.of(2026, 11, 30));
            }
        }

        // and both outcomes and every kind of missing proof occur
        assertThat(result.counts()).containsKeys(Outcome.POS_PAID, Outcome.POS_NOT_COLLECTED);
        assertThat(truth.stream().flatMap(d -> d.missingProof().stream()).distinct())
                .containsExactlyInAnyOrder("signature", "photo_id", "geotag");
        assertThat(report.totals().notCollected()).isEqualTo(result.counts().get(Outcome.POS_NOT_COLLECTED));
    }

    @Test
    void a_manifest_line_with_a_bad_amount_is_refused_naming_its_line_and_field() throws IOException {
        // given a manifest whose first payout has a decimal amount
        Path manifest = SimulatorFixtures.manifest(2, dir.resolve("DANOM.csv"));
        String text = Files.readString(manifest).replaceFirst(",900000,", ",900000.00,");
        Files.writeString(manifest, text, StandardCharsets.UTF_8);

        // when simulated, then it is refused at line 14, amount
        assertThatThrownBy(() -> new PosSimulator(OPTIONS).simulate(manifest, dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 14 [amount]")
                .hasMessageContaining("'900000.00' is not whole rupiah");
    }
}
