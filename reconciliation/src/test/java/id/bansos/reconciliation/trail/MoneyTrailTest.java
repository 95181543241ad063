package id.bansos.reconciliation.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MoneyTrailTest {

    private static final TrailKey KEY = new TrailKey("PKH", YearMonth.of(2026, 10), "POS");

    @Test
    void a_credit_without_an_instruction_is_reported_as_in_flight_overdrawn() {
        MoneyTrail trail = new MoneyTrail();
        trail.record(new MoneyMovement.Funded(KEY, "B-1", 1_200_000));

        trail.record(new MoneyMovement.Credited(KEY, "P6A1X", 1_200_000));

        assertThat(trail.violations()).singleElement().satisfies(v -> assertThat(v).contains("IN_FLIGHT is overdrawn"));
    }

    @Test
    void a_posting_moves_a_positive_whole_rupiah_amount_between_two_accounts() {
        assertThatThrownBy(() -> new Posting(KEY, Account.HOLDING, Account.IN_FLIGHT, 0, "x", "r"))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new Posting(KEY, Account.HOLDING, Account.HOLDING, 5, "x", "r"))
                .hasMessageContaining("two different accounts");
    }

    @Test
    void the_trial_balance_of_a_cycle_sums_to_zero() {
        MoneyTrail trail = new MoneyTrail();
        trail.record(new MoneyMovement.Funded(KEY, "B-1", 2_000_000));
        trail.record(new MoneyMovement.Instructed(KEY, "A", 1_500_000));
        trail.record(new MoneyMovement.Credited(KEY, "A", 1_500_000));
        trail.record(new MoneyMovement.IntoSuspense(KEY, "BANKREF-9", 100_000));

        long sum = trail.trialBalance().get(KEY).values().stream().mapToLong(Long::longValue).sum();

        assertThat(sum).isZero();
        assertThat(trail.balance(KEY, Account.HOLDING)).isEqualTo(400_000);
        assertThat(trail.violations()).isEmpty();
    }
}
