package id.bansos.ledger.kpm;

import static id.bansos.ledger.kpm.Households.OCT_2026;
import static id.bansos.ledger.kpm.Households.apply;
import static id.bansos.ledger.kpm.Households.registered;
import static id.bansos.ledger.kpm.Households.sembako;
import static id.bansos.ledger.kpm.Households.siti;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever a cycle, a bank, PT Pos and the officers do to one household's entitlement — schedule it into batches
 * through either channel, release it, report any outcome from any evidence, authorise re-issues — the household
 * never instructs it twice: at most one attempt stands at a time, a new attempt only after the last was released or
 * authorised for re-issue, never once the money reached the household, and every attempt has its own reference.
 */
class PaymentLifecycleProperties {

    private static final EntitlementKey KEY = new EntitlementKey("SEMBAKO", OCT_2026);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    /** One thing that happens to the household's payments. */
    record Step(int action, int batch, boolean pos, ReportedOutcome.Kind kind, int evidence) {
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 3),
                        Arbitraries.of(true, false), Arbitraries.of(ReportedOutcome.Kind.class),
                        Arbitraries.integers().between(0, 4))
                .as(Step::new);
    }

    @Property(tries = 1000)
    void a_household_never_instructs_one_entitlement_twice(@ForAll @Size(max = 30) List<@From("steps") Step> steps) {
        HouseholdState household = registered(siti(), sembako(EntitlementStatus.ELIGIBLE));
        Set<String> references = new HashSet<>();
        for (Step step : steps) {
            List<HouseholdEvent> events = decide(household, step);
            for (HouseholdEvent e : events) {
                if (e instanceof PaymentScheduled scheduled) {
                    assertThat(household.standingPayment(KEY)).as("a new attempt while one stands").isEmpty();
                    assertThat(references.add(scheduled.reference())).as("a reference used twice").isTrue();
                    assertThat(scheduled.attempt()).isEqualTo(household.paymentsFor(KEY).size() + 1);
                }
            }
            household = apply(household, events);
            List<Payment> payments = household.paymentsFor(KEY);
            assertThat(payments.stream().filter(p -> p.status().blocksAnotherAttempt()).count())
                    .as("attempts standing at once").isLessThanOrEqualTo(1);
            assertThat(payments.stream().filter(p -> p.status() == PaymentStatus.CREDITED).count())
                    .as("attempts that reached the household").isLessThanOrEqualTo(1);
            payments.forEach(p -> {
                assertThat(p.withdrawnOn() == null || p.status() == PaymentStatus.CREDITED)
                        .as(p.reference() + " withdrawn but " + p.status()).isTrue();
                assertThat(p.credits()).isBetween(0, 1 + p.evidence().size());
            });
        }
    }

    private static List<HouseholdEvent> decide(HouseholdState household, Step step) {
        List<Payment> payments = household.paymentsFor(KEY);
        Payment last = payments.isEmpty() ? null : payments.get(payments.size() - 1);
        try {
            return switch (step.action()) {
                case 0 -> PaymentDecisions.schedule(household, KEY, "B-" + step.batch(), step.pos() ? "POS" : "BRI")
                        .events();
                case 1 -> last == null ? List.of() : PaymentDecisions.release(household, last.reference(), "held");
                case 2 -> last == null ? List.of() : PaymentDecisions.outcome(household, new ReportedOutcome(
                        household.householdId(), last.reference(), step.kind(), last.amount(), "AC04", DAY,
                        "file-" + step.evidence() + "#1"));
                default -> last == null ? List.of() : PaymentDecisions.authorizeReissue(household, last.reference(),
                        "account reopened", "dewi", step.pos());
            };
        } catch (OutcomeRefused | IllegalStateException | IllegalArgumentException refused) {
            return new ArrayList<>();
        }
    }
}
