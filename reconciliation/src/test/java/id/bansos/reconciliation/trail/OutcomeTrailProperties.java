package id.bansos.reconciliation.trail;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdEvent;
import id.bansos.ledger.kpm.HouseholdState;
import id.bansos.ledger.kpm.OutcomeRefused;
import id.bansos.ledger.kpm.Payment;
import id.bansos.ledger.kpm.PaymentDecisions;
import id.bansos.ledger.kpm.PaymentDoubleCredited;
import id.bansos.ledger.kpm.PaymentStatus;
import id.bansos.ledger.kpm.ReportedOutcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Whatever banks report, in whatever order, repeated or contradictory, the household's decisions and the postings of
 * the events they record keep the money trail's invariants: postings sum to zero, funded = held + in flight +
 * credited + returned, and only a bank's double credit overdraws the holding account — by exactly what it paid twice.
 */
class OutcomeTrailProperties {

    private static final YearMonth PERIOD = YearMonth.of(2026, 10);
    private static final TrailKey KEY = new TrailKey("SEMBAKO", PERIOD, "BRI");

    record Report(int payment, ReportedOutcome.Kind kind, int evidence, boolean wrongAmount) {
    }

    @Provide
    Arbitrary<Report> reports() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.of(ReportedOutcome.Kind.class),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 19).map(i -> i == 0))
                .as(Report::new);
    }

    @Property(tries = 500)
    void random_bank_reports_never_break_the_trail(
            @ForAll @Size(min = 1, max = 8) List<@From("amounts") Long> amounts,
            @ForAll @Size(max = 40) List<@From("reports") Report> reports) {
        Map<String, Payment> payments = new LinkedHashMap<>();
        for (int i = 0; i < amounts.size(); i++) {
            String ref = "S6A1TEST0000000" + i;
            payments.put(ref, new Payment(ref, "SEMBAKO", PERIOD, 1, amounts.get(i), new Channel.Bank("BRI",
                    "000100000000001", null), "B-1", PaymentStatus.SCHEDULED, Set.of(), 0, null, false));
        }
        HouseholdState household = new HouseholdState("KPM-1", null, true, Map.of(), payments);
        long total = amounts.stream().mapToLong(Long::longValue).sum();
        MoneyTrail trail = new MoneyTrail();
        trail.record(new MoneyMovement.Funded(KEY, "SP2D-1", total));
        trail.record(new MoneyMovement.Instructed(KEY, "file-1", total));
        long doubleCredited = 0;
        for (Report r : reports) {
            Payment p = household.payments().get("S6A1TEST0000000" + (r.payment() % amounts.size()));
            ReportedOutcome reported = new ReportedOutcome("KPM-1", p.reference(), r.kind(),
                    r.wrongAmount() ? p.amount() + 1 : p.amount(), "AC04", LocalDate.of(2026, 12, 1),
                    "file#" + r.evidence());
            List<HouseholdEvent> events;
            try {
                events = PaymentDecisions.outcome(household, reported);
            } catch (OutcomeRefused refused) {
                continue;
            }
            for (HouseholdEvent e : events) {
                household = household.apply(e);
                Movements.of(e).ifPresent(trail::record);
                if (e instanceof PaymentDoubleCredited d) {
                    doubleCredited += d.amount();
                }
            }
        }

        assertThat(trail.funded(KEY)).isEqualTo(total);
        assertThat(trail.violations()).isEqualTo(doubleCredited == 0 ? List.of()
                : List.of(KEY + ": HOLDING is overdrawn at Rp " + -doubleCredited));
        long credits = household.payments().values().stream().mapToLong(p -> p.credits() * p.amount()).sum();
        long returnedAfterCredit = household.payments().values().stream()
                .filter(p -> p.status() == PaymentStatus.RETURNED && p.credits() > 0).mapToLong(Payment::amount).sum();
        assertThat(trail.balance(KEY, Account.CREDITED)).isEqualTo(credits - returnedAfterCredit);
    }

    @Provide
    Arbitrary<Long> amounts() {
        return Arbitraries.longs().between(1, 3_000).map(x -> x * 1_000);
    }
}
