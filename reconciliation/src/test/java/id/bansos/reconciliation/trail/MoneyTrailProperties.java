package id.bansos.reconciliation.trail;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.reconciliation.trail.MoneyMovement.Credited;
import id.bansos.reconciliation.trail.MoneyMovement.DepositedToTreasury;
import id.bansos.reconciliation.trail.MoneyMovement.DoubleCredited;
import id.bansos.reconciliation.trail.MoneyMovement.Funded;
import id.bansos.reconciliation.trail.MoneyMovement.Instructed;
import id.bansos.reconciliation.trail.MoneyMovement.Rejected;
import id.bansos.reconciliation.trail.MoneyMovement.ReturnedAfterCredit;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Random payments with random bank outcomes, in random order, never break the money trail's invariants. */
class MoneyTrailProperties {

    private static final TrailKey KEY = new TrailKey("SEMBAKO", YearMonth.of(2026, 10), "BRI");

    enum Outcome { PENDING, CREDITED, REJECTED, RETURNED_AFTER_CREDIT, REJECTED_AND_DEPOSITED, RETURNED_AND_DEPOSITED }

    record Payment(long amount, Outcome outcome, boolean heldBack) {
    }

    @Provide
    Arbitrary<Payment> payments() {
        return Combinators.combine(
                Arbitraries.longs().between(1, 50_000).map(x -> x * 1_000),
                Arbitraries.of(Outcome.class),
                Arbitraries.integers().between(0, 9).map(i -> i == 0))
                .as(Payment::new);
    }

    @Property(tries = 300)
    void funded_always_equals_held_plus_in_flight_plus_credited_plus_returned_plus_treasury(
            @ForAll @Size(min = 1, max = 60) List<@net.jqwik.api.From("payments") Payment> payments,
            @ForAll long shuffleSeed) {
        MoneyTrail trail = new MoneyTrail();
        long funded = payments.stream().mapToLong(Payment::amount).sum();
        trail.record(new Funded(KEY, "B-1", funded));
        List<List<MoneyMovement>> lifecycles = new ArrayList<>();
        for (int i = 0; i < payments.size(); i++) {
            lifecycles.add(lifecycle("REF" + i, payments.get(i)));
        }
        Random random = new Random(shuffleSeed);
        while (lifecycles.stream().anyMatch(l -> !l.isEmpty())) {
            List<MoneyMovement> next = lifecycles.get(random.nextInt(lifecycles.size()));
            if (!next.isEmpty()) {
                trail.record(next.remove(0));
                assertThat(trail.violations()).isEmpty();
            }
        }

        assertThat(trail.funded(KEY)).isEqualTo(funded);
        assertThat(trail.balance(KEY, Account.HOLDING) + trail.balance(KEY, Account.IN_FLIGHT)
                + trail.balance(KEY, Account.CREDITED) + trail.balance(KEY, Account.RETURNED)
                + trail.balance(KEY, Account.TREASURY)).isEqualTo(funded);
        assertThat(trail.balance(KEY, Account.CREDITED)).isEqualTo(sum(payments, Outcome.CREDITED));
        assertThat(trail.balance(KEY, Account.IN_FLIGHT)).isEqualTo(payments.stream()
                .filter(p -> !p.heldBack() && p.outcome() == Outcome.PENDING).mapToLong(Payment::amount).sum());
        assertThat(trail.balance(KEY, Account.TREASURY)).isEqualTo(sum(payments, Outcome.REJECTED_AND_DEPOSITED)
                + sum(payments, Outcome.RETURNED_AND_DEPOSITED));
    }

    @Property(tries = 100)
    void a_double_credit_beyond_the_funds_is_reported_as_an_overdrawn_holding_account(
            @ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.From("payments") Payment> payments) {
        MoneyTrail trail = new MoneyTrail();
        long funded = payments.stream().mapToLong(Payment::amount).sum();
        trail.record(new Funded(KEY, "B-1", funded));
        for (int i = 0; i < payments.size(); i++) {
            trail.record(new Instructed(KEY, "REF" + i, payments.get(i).amount()));
            trail.record(new Credited(KEY, "REF" + i, payments.get(i).amount()));
        }

        trail.record(new DoubleCredited(KEY, "REF0", payments.get(0).amount()));

        assertThat(trail.violations()).anyMatch(v -> v.contains("HOLDING is overdrawn"));
    }

    private static List<MoneyMovement> lifecycle(String ref, Payment p) {
        List<MoneyMovement> steps = new ArrayList<>();
        if (p.heldBack()) {
            return steps;
        }
        steps.add(new Instructed(KEY, ref, p.amount()));
        switch (p.outcome()) {
            case CREDITED -> steps.add(new Credited(KEY, ref, p.amount()));
            case REJECTED -> steps.add(new Rejected(KEY, ref, p.amount()));
            case RETURNED_AFTER_CREDIT -> {
                steps.add(new Credited(KEY, ref, p.amount()));
                steps.add(new ReturnedAfterCredit(KEY, ref, p.amount()));
            }
            case REJECTED_AND_DEPOSITED -> {
                steps.add(new Rejected(KEY, ref, p.amount()));
                steps.add(new DepositedToTreasury(KEY, "NTPN-" + ref, p.amount()));
            }
            case RETURNED_AND_DEPOSITED -> {
                steps.add(new Credited(KEY, ref, p.amount()));
                steps.add(new ReturnedAfterCredit(KEY, ref, p.amount()));
                steps.add(new DepositedToTreasury(KEY, "NTPN-" + ref, p.amount()));
            }
            default -> {
            }
        }
        return steps;
    }

    private static long sum(List<Payment> payments, Outcome outcome) {
        return payments.stream().filter(p -> !p.heldBack() && p.outcome() == outcome).mapToLong(Payment::amount).sum();
    }
}
