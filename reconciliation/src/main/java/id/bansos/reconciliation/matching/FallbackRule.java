package id.bansos.reconciliation.matching;

import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.StatementLine;
import id.bansos.ledger.kpm.ReportedOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * Matches a statement line that has no usable reference by what else it says: the KPM's account (the line's
 * counterparty), the amount, and a booking date within {@code windowDays} of the payment's execution date. Only one
 * payment in the right state may fit; none or several leave the line in suspense, saying so.
 *
 * @param enabled    whether the rule is applied at all
 * @param windowDays how many days the booking may lie before or after the execution date
 */
public record FallbackRule(boolean enabled, int windowDays) {

    public FallbackRule {
        if (windowDays < 0) {
            throw new IllegalArgumentException("the fallback date window is at least 0 days, not " + windowDays);
        }
    }

    /**
     * A payment the rule may consider.
     *
     * @param executionDate the requested execution date of its batch
     */
    public record Candidate(PaymentLineView payment, LocalDate executionDate) {
    }

    /** Whether a line in suspense is worth looking at: booked, whole rupiah, with a counterparty account. */
    public boolean applies(LineMatch.Unmatched suspense) {
        return enabled && suspense.kind() == LineMatch.Kind.SUSPENSE && suspense.amount() != null
                && suspense.bookedOn() != null && suspense.counterparty() != null && suspense.side() != null;
    }

    /**
     * The match among candidates with the line's channel, counterparty account and amount, or the suspense kept with
     * the reason.
     */
    public LineMatch match(StatementLine line, LineMatch.Unmatched suspense, List<Candidate> candidates) {
        boolean debit = suspense.side() == CreditDebit.DEBIT;
        String wanted = debit ? "SCHEDULED" : "CREDITED";
        List<Candidate> fitting = candidates.stream()
                .filter(c -> c.payment().status().equals(wanted) && c.payment().amount() == suspense.amount()
                        && suspense.counterparty().equals(c.payment().account()) && c.executionDate() != null
                        && Math.abs(c.executionDate().toEpochDay() - suspense.bookedOn().toEpochDay()) <= windowDays)
                .toList();
        if (fitting.size() != 1) {
            return new LineMatch.Unmatched(suspense.kind(), suspense.source(), suspense.reference(), null,
                    suspense.amount(), suspense.account(), suspense.bookedOn(), suspense.reason() + "; by account,"
                    + " amount and a " + windowDays + "-day window " + (fitting.isEmpty() ? "no payment fits"
                    : fitting.size() + " payments fit") + ", so it waits for a manual match", suspense.side(),
                    suspense.counterparty());
        }
        PaymentLineView p = fitting.get(0).payment();
        String evidence = suspense.source();
        return new LineMatch.Matched(debit
                ? new ReportedOutcome(p.householdId(), p.reference(), ReportedOutcome.Kind.CREDITED, p.amount(), null,
                        suspense.bookedOn(), evidence)
                : new ReportedOutcome(p.householdId(), p.reference(), ReportedOutcome.Kind.RETURNED, p.amount(),
                        line.returnReason() != null ? line.returnReason().code() : LineMatcher.UNSPECIFIED,
                        suspense.bookedOn(), evidence));
    }
}
