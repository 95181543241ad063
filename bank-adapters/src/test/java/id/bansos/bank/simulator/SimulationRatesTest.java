package id.bansos.bank.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bansos.bank.payment.BankCode;
import id.bansos.bank.profile.BankProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationRatesTest {

    private static final int LINES = 10_000;
    private static final BankProfile BRI = SimulatorFixtures.PROFILES.profile(BankCode.BRI);
    private static final SimulationOptions.Rates RATES =
            new SimulationOptions.Rates(0.02, 0.01, 0.01, 0.03, 0.02, 0.01, 0.005, 0.05, 0.1, 0.2);

    @TempDir
    static Path dir;
    static Path pain001;

    @BeforeAll
    static void writeInput() throws IOException {
        pain001 = SimulatorFixtures.pain001(BRI, LINES, dir.resolve("pain001-10k.xml"));
    }

    private static SimulationResult simulate(SimulationOptions options, String out) throws IOException {
        return new BankSimulator(BRI, options).simulate(pain001, dir.resolve(out));
    }

    @Test
    void with_every_rate_zero_every_payment_is_credited_and_withdrawn() throws IOException {
        // given rates of zero
        SimulationOptions options = SimulationOptions.of(1, SimulationOptions.Rates.none());

        // when 10,000 lines are simulated
        SimulationResult result = simulate(options, "none");

        // then all are credited and withdrawn, and only the execution day has a statement
        assertThat(result.counts()).isEqualTo(Map.of(Outcome.CREDITED, (long) LINES));
        assertThat(result.truth()).allMatch(Decision::withdrawn);
        assertThat(result.files("camt.053.001.08")).hasSize(1);
    }

    @Test
    void the_same_seed_writes_the_same_bytes_and_another_seed_decides_otherwise() throws IOException {
        // given one set of rates
        SimulationOptions options = SimulationOptions.of(42, RATES);

        // when simulated twice with seed 42 and once with seed 43
        SimulationResult first = simulate(options, "a");
        SimulationResult again = simulate(options, "b");
        SimulationResult other = simulate(options.withSeed(43), "c");

        // then the same seed gives the same files, byte for byte, the same truth and the counts seed 42 gives
        assertThat(again.files()).extracting(SimulationResult.OutputFile::sha256)
                .containsExactlyElementsOf(first.files().stream().map(SimulationResult.OutputFile::sha256).toList());
        assertThat(again.truth()).isEqualTo(first.truth());
        assertThat(first.counts()).isEqualTo(Map.of(Outcome.REJECTED, 731L, Outcome.RETURNED, 309L,
                Outcome.DOUBLE_CREDITED, 50L, Outcome.UNCLAIMED_SWEPT, 495L, Outcome.CREDITED, 8415L));

        // and another seed decides other payments otherwise
        long differing = 0;
        for (int i = 0; i < LINES; i++) {
            if (first.truth().get(i).outcome() != other.truth().get(i).outcome()) {
                differing++;
            }
        }
        assertThat(differing).isGreaterThan(1000);
        assertThat(other.files().get(0).sha256()).isNotEqualTo(first.files().get(0).sha256());
    }

    @Test
    void each_outcome_happens_at_its_rate_within_tolerance() throws IOException {
        // given the rates
        SimulationOptions options = SimulationOptions.of(7, RATES);

        // when 10,000 lines are simulated
        SimulationResult result = simulate(options, "rates");

        // then each reason's share is its rate, within 3 standard deviations
        Map<String, Double> expected = Map.of("AC01", 0.02, "AC06", 0.01, "MD07", 0.03 + 0.01, "NOCL", 0.05);
        expected.forEach((reason, rate) -> {
            double share = result.truth().stream().filter(d -> reason.equals(d.reason())).count() / (double) LINES;
            assertThat(share).as(reason).isCloseTo(rate, within(3 * Math.sqrt(rate * (1 - rate) / LINES)));
        });
        double doubles = result.counts().get(Outcome.DOUBLE_CREDITED) / (double) LINES;
        assertThat(doubles).isCloseTo(0.005, within(3 * Math.sqrt(0.005 * 0.995 / LINES)));
    }
}
