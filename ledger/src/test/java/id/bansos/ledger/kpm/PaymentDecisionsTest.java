package id.bansos.ledger.kpm;

import static id.bansos.ledger.kpm.Households.OCT_2026;
import static id.bansos.ledger.kpm.Households.apply;
import static id.bansos.ledger.kpm.Households.registered;
import static id.bansos.ledger.kpm.Households.sembako;
import static id.bansos.ledger.kpm.Households.siti;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentDecisionsTest {

    private static final EntitlementKey SEMBAKO_OCT = new EntitlementKey("SEMBAKO", OCT_2026);

    @Test
    void an_eligible_entitlement_is_scheduled_with_a_16_character_reference() {
        HouseholdState household = registered(siti(), sembako(EntitlementStatus.ELIGIBLE));

        PaymentDecisions.Outcome outcome = PaymentDecisions.schedule(household, SEMBAKO_OCT, "B-1", "BRI");

        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(PaymentScheduled.class, e -> {
            assertThat(e.reference()).hasSize(16).matches("[0-9A-Z]{16}").startsWith("S6A1");
            assertThat(e.amount()).isEqualTo(600_000);
            assertThat(e.attempt()).isEqualTo(1);
        });
    }

    @Test
    void the_same_line_is_never_scheduled_twice() {
        HouseholdState household = registered(siti(), sembako(EntitlementStatus.ELIGIBLE));
        HouseholdState scheduled = apply(household,
                PaymentDecisions.schedule(household, SEMBAKO_OCT, "B-1", "BRI").events());

        PaymentDecisions.Outcome sameBatch = PaymentDecisions.schedule(scheduled, SEMBAKO_OCT, "B-1", "BRI");
        PaymentDecisions.Outcome otherBatch = PaymentDecisions.schedule(scheduled, SEMBAKO_OCT, "B-2", "BRI");

        assertThat(sameBatch.events()).isEmpty();
        assertThat(sameBatch.refused()).isFalse();
        assertThat(otherBatch.refused()).isTrue();
        assertThat(otherBatch.refusal()).contains("already scheduled");
    }

    @Test
    void a_released_line_may_be_scheduled_again_as_a_new_attempt_with_a_new_reference() {
        HouseholdState household = registered(siti(), sembako(EntitlementStatus.ELIGIBLE));
        PaymentScheduled first =
                (PaymentScheduled) PaymentDecisions.schedule(household, SEMBAKO_OCT, "B-1", "BRI").events().get(0);
        HouseholdState released = apply(apply(household, java.util.List.of(first)),
                PaymentDecisions.release(apply(household, java.util.List.of(first)), first.reference(),
                        "batch rebuilt"));

        PaymentScheduled second =
                (PaymentScheduled) PaymentDecisions.schedule(released, SEMBAKO_OCT, "B-2", "BRI").events().get(0);

        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.reference()).isNotEqualTo(first.reference());
    }

    @Test
    void a_held_entitlement_stays_out_of_the_batch_with_its_reason() {
        HouseholdState household = registered(siti(), sembako(EntitlementStatus.HELD, "desil 7 above program limit 4"));

        PaymentDecisions.Outcome outcome = PaymentDecisions.schedule(household, SEMBAKO_OCT, "B-1", "BRI");

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.refusal()).contains("desil 7 above program limit 4");
    }

    @Test
    void a_household_now_paid_through_another_channel_is_held_out() {
        HouseholdState household = registered(siti(), sembako(EntitlementStatus.ELIGIBLE));

        PaymentDecisions.Outcome outcome = PaymentDecisions.schedule(household, SEMBAKO_OCT, "B-1", "POS");

        assertThat(outcome.refusal()).contains("now paid through BRI");
    }

    @Test
    void references_are_deterministic_and_distinct_per_attempt() {
        assertThat(PaymentReference.of("KPM-1", "PKH", OCT_2026, 1))
                .isEqualTo(PaymentReference.of("KPM-1", "PKH", OCT_2026, 1));
        assertThat(PaymentReference.of("KPM-1", "PKH", OCT_2026, 1))
                .isNotEqualTo(PaymentReference.of("KPM-1", "PKH", OCT_2026, 2));
        assertThat(PaymentReference.of("KPM-1", "PKH", OCT_2026, 1))
                .isNotEqualTo(PaymentReference.of("KPM-2", "PKH", OCT_2026, 1));
    }
}
