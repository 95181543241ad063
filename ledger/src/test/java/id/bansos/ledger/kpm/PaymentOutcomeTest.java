package id.bansos.ledger.kpm;

import static id.bansos.ledger.kpm.Households.OCT_2026;
import static id.bansos.ledger.kpm.Households.apply;
import static id.bansos.ledger.kpm.Households.registered;
import static id.bansos.ledger.kpm.Households.sembako;
import static id.bansos.ledger.kpm.Households.siti;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.ledger.kpm.ReportedOutcome.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentOutcomeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void a_credit_reported_twice_by_the_same_evidence_counts_once_and_by_other_evidence_is_a_double_credit() {
        HouseholdState scheduled = scheduled();
        String ref = reference(scheduled);
        HouseholdState credited = apply(scheduled,
                PaymentDecisions.outcome(scheduled, report(ref, Kind.CREDITED, "f1#1")));

        assertThat(PaymentDecisions.outcome(credited, report(ref, Kind.CREDITED, "f1#1"))).isEmpty();
        assertThat(PaymentDecisions.outcome(credited, report(ref, Kind.CREDITED, "f2#7")))
                .singleElement().isInstanceOf(PaymentDoubleCredited.class);
        assertThat(credited.payments().get(ref).status()).isEqualTo(PaymentStatus.CREDITED);
    }

    @Test
    void a_pt_pos_payout_reported_again_by_another_file_is_the_same_payout_not_a_double_credit() {
        HouseholdState scheduled = scheduled(new Channel.Pos(), "POS");
        String ref = reference(scheduled);
        HouseholdState paid = apply(scheduled,
                PaymentDecisions.outcome(scheduled, report(ref, Kind.CREDITED, "pos1#2")));

        assertThat(PaymentDecisions.outcome(paid, report(ref, Kind.CREDITED, "pos1-resent#2"))).isEmpty();
        assertThat(paid.payments().get(ref).credits()).isEqualTo(1);
    }

    @Test
    void a_report_of_another_amount_is_refused_and_changes_nothing() {
        HouseholdState scheduled = scheduled();
        String ref = reference(scheduled);

        assertThatThrownBy(() -> PaymentDecisions.outcome(scheduled,
                new ReportedOutcome(scheduled.householdId(), ref, Kind.CREDITED, 650_000, null, DAY, "f1#1")))
                .isInstanceOf(OutcomeRefused.class).hasMessage("CREDITED of Rp 650.000 reported for payment " + ref
                        + " of Rp 600.000");
    }

    @Test
    void a_rejected_payment_cannot_be_credited_or_come_back() {
        HouseholdState scheduled = scheduled();
        String ref = reference(scheduled);
        HouseholdState rejected = apply(scheduled,
                PaymentDecisions.outcome(scheduled, report(ref, Kind.REJECTED, "p2#1")));

        assertThat(rejected.payments().get(ref).status()).isEqualTo(PaymentStatus.REJECTED);
        assertThatThrownBy(() -> PaymentDecisions.outcome(rejected, report(ref, Kind.CREDITED, "c5#1")))
                .isInstanceOf(OutcomeRefused.class).hasMessageContaining("a credit now contradicts it");
        assertThatThrownBy(() -> PaymentDecisions.outcome(rejected, report(ref, Kind.RETURNED, "c5#2")))
                .isInstanceOf(OutcomeRefused.class).hasMessageContaining("money cannot come back");
    }

    @Test
    void credited_money_that_comes_back_is_returned_with_its_reason_and_blocks_a_new_attempt() {
        HouseholdState scheduled = scheduled();
        String ref = reference(scheduled);
        HouseholdState credited = apply(scheduled,
                PaymentDecisions.outcome(scheduled, report(ref, Kind.CREDITED, "c#1")));

        HouseholdState returned = apply(credited, PaymentDecisions.outcome(credited,
                new ReportedOutcome(credited.householdId(), ref, Kind.RETURNED, 600_000, "NOCL", DAY, "c#9")));

        assertThat(returned.payments().get(ref).status()).isEqualTo(PaymentStatus.RETURNED);
        assertThat(PaymentDecisions.schedule(returned, new EntitlementKey("SEMBAKO", OCT_2026), "B-2", "BRI").refused())
                .as("a new attempt only through a re-issue").isTrue();
    }

    @Test
    void a_withdrawal_is_recorded_once_and_only_on_credited_money() {
        HouseholdState scheduled = scheduled();
        String ref = reference(scheduled);
        assertThatThrownBy(() -> PaymentDecisions.outcome(scheduled, report(ref, Kind.WITHDRAWN, "claims#1")))
                .isInstanceOf(OutcomeRefused.class).hasMessageContaining("only credited money can be withdrawn");
        HouseholdState credited = apply(scheduled,
                PaymentDecisions.outcome(scheduled, report(ref, Kind.CREDITED, "c#1")));

        HouseholdState withdrawn = apply(credited, PaymentDecisions.outcome(credited, report(ref, Kind.WITHDRAWN,
                "claims#1")));

        assertThat(withdrawn.payments().get(ref).withdrawnOn()).isEqualTo(DAY);
        assertThat(withdrawn.payments().get(ref).status()).isEqualTo(PaymentStatus.CREDITED);
        assertThat(PaymentDecisions.outcome(withdrawn, report(ref, Kind.WITHDRAWN, "claims-resent#1"))).isEmpty();
    }

    @Test
    void a_payment_reissued_through_pt_pos_is_scheduled_in_cash_as_the_next_attempt() {
        HouseholdState scheduled = scheduled();
        String ref = reference(scheduled);
        HouseholdState rejected = apply(scheduled,
                PaymentDecisions.outcome(scheduled, report(ref, Kind.REJECTED, "p2#1")));
        HouseholdState reissuable = apply(rejected, PaymentDecisions.authorizeReissue(rejected, ref, "account closed",
                "dewi", true));
        EntitlementKey key = new EntitlementKey("SEMBAKO", OCT_2026);

        assertThat(PaymentDecisions.schedule(reissuable, key, "B-2", "BRI").refusal())
                .isEqualTo("household is now paid through POS, not BRI");
        assertThat(PaymentDecisions.schedule(reissuable, key, "B-2", "POS").events()).singleElement()
                .isInstanceOfSatisfying(PaymentScheduled.class, e -> {
                    assertThat(e.channel()).isEqualTo(new Channel.Pos());
                    assertThat(e.attempt()).isEqualTo(2);
                });
    }

    private static HouseholdState scheduled() {
        return scheduled(siti().channel(), "BRI");
    }

    private static HouseholdState scheduled(Channel channel, String batchChannel) {
        HouseholdRecord r = siti();
        HouseholdState household = registered(new HouseholdRecord(r.householdId(), r.noKk(), r.pengurusNik(),
                r.pengurusName(), r.regionCode(), r.address(), r.desil(), channel, r.programs(), r.members()),
                sembako(EntitlementStatus.ELIGIBLE));
        return apply(household, PaymentDecisions.schedule(household, new EntitlementKey("SEMBAKO", OCT_2026), "B-1",
                batchChannel).events());
    }

    private static String reference(HouseholdState household) {
        return household.payments().keySet().iterator().next();
    }

    private static ReportedOutcome report(String reference, Kind kind, String source) {
        return new ReportedOutcome("KPM-1", reference, kind, 600_000, kind == Kind.REJECTED ? "AC04" : null, DAY,
                source);
    }
}
