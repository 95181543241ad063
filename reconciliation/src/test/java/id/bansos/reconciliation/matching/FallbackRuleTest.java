package id.bansos.reconciliation.matching;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.StatementLine;
import id.bansos.ledger.kpm.ReportedOutcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackRuleTest {

    private static final LocalDate EXECUTION = LocalDate.of(2026, 12, 1);
    private static final String KPM_ACCOUNT = "000100000000042";
    private final FallbackRule rule = new FallbackRule(true, 3);

    @Test
    void a_debit_without_reference_matches_the_one_payment_in_flight_to_that_account_with_that_amount() {
        LineMatch.Unmatched suspense = suspense(CreditDebit.DEBIT, EXECUTION.plusDays(2));

        LineMatch match = rule.match(line(), suspense, List.of(candidate("S6A1A", KPM_ACCOUNT, "SCHEDULED", 600_000),
                candidate("S6A1B", "000100000000043", "SCHEDULED", 600_000),
                candidate("S6A1C", KPM_ACCOUNT, "SCHEDULED", 900_000)));

        assertThat(match).isInstanceOfSatisfying(LineMatch.Matched.class, m -> {
            assertThat(m.outcome().reference()).isEqualTo("S6A1A");
            assertThat(m.outcome().kind()).isEqualTo(ReportedOutcome.Kind.CREDITED);
            assertThat(m.outcome().source()).isEqualTo(suspense.source());
        });
    }

    @Test
    void two_fitting_payments_or_a_booking_outside_the_window_leave_the_line_in_suspense_saying_why() {
        LineMatch twoFit = rule.match(line(), suspense(CreditDebit.DEBIT, EXECUTION),
                List.of(candidate("S6A1A", KPM_ACCOUNT, "SCHEDULED", 600_000),
                        candidate("S6A1B", KPM_ACCOUNT, "SCHEDULED", 600_000)));
        LineMatch tooLate = rule.match(line(), suspense(CreditDebit.DEBIT, EXECUTION.plusDays(4)),
                List.of(candidate("S6A1A", KPM_ACCOUNT, "SCHEDULED", 600_000)));

        assertThat(twoFit).isInstanceOfSatisfying(LineMatch.Unmatched.class, u -> assertThat(u.reason())
                .endsWith("by account, amount and a 3-day window 2 payments fit, so it waits for a manual match"));
        assertThat(tooLate).isInstanceOfSatisfying(LineMatch.Unmatched.class, u -> assertThat(u.reason())
                .endsWith("no payment fits, so it waits for a manual match"));
    }

    @Test
    void a_credit_without_reference_brings_back_a_credited_payment_and_a_switched_off_rule_looks_at_nothing() {
        LineMatch.Unmatched suspense = suspense(CreditDebit.CREDIT, EXECUTION.plusDays(3));

        LineMatch match = rule.match(line(), suspense, List.of(candidate("S6A1A", KPM_ACCOUNT, "CREDITED", 600_000)));

        assertThat(match).isInstanceOfSatisfying(LineMatch.Matched.class,
                m -> assertThat(m.outcome().kind()).isEqualTo(ReportedOutcome.Kind.RETURNED));
        assertThat(new FallbackRule(false, 3).applies(suspense)).isFalse();
        assertThat(rule.applies(suspense)).isTrue();
    }

    private static LineMatch.Unmatched suspense(CreditDebit side, LocalDate booked) {
        return new LineMatch.Unmatched(LineMatch.Kind.SUSPENSE, "abc#Ntry[1]", "BANKREF-1", null, 600_000L,
                "000000000000002", booked, "no payment line has reference BANKREF-1", side, KPM_ACCOUNT);
    }

    private static StatementLine line() {
        return new StatementLine("000000000000002", 1, "BANKREF-1", null, null, CreditDebit.DEBIT, "BOOK", false,
                EXECUTION, null, "BANKREF-1", null, null, null, null, null, "Ntry[1]", KPM_ACCOUNT);
    }

    private static FallbackRule.Candidate candidate(String reference, String account, String status, long amount) {
        return new FallbackRule.Candidate(new PaymentLineView(reference, "KPM-" + reference, "SEMBAKO", "BRI", amount,
                status, account), EXECUTION);
    }
}
