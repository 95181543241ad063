package id.bansos.ledger.kpm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/**
 * One payment line of a household: an attempt to pay an entitlement through a channel, in a batch.
 *
 * @param evidence the sources of every outcome recorded for it ({@link ReportedOutcome#source()})
 * @param credits  how many times the bank reported crediting it (more than one: a double credit)
 * @param withdrawnOn the day the KPM withdrew the credited money, by the bank's claim report; or {@code null}
 * @param reissueViaPos whether its re-issue is to be paid in cash by PT Pos instead of the household's channel
 */
public record Payment(String reference, String program, YearMonth period, int attempt, long amount, Channel channel,
                      String batchId, PaymentStatus status, Set<String> evidence, int credits, LocalDate withdrawnOn,
                      boolean reissueViaPos) {

    public Payment {
        evidence = Set.copyOf(evidence);
    }

    Payment withStatus(PaymentStatus next) {
        return new Payment(reference, program, period, attempt, amount, channel, batchId, next, evidence, credits,
                withdrawnOn, reissueViaPos);
    }

    Payment withOutcome(PaymentStatus next, String source, int creditsAdded) {
        Set<String> more = new HashSet<>(evidence);
        more.add(source);
        return new Payment(reference, program, period, attempt, amount, channel, batchId, next, more,
                credits + creditsAdded, withdrawnOn, reissueViaPos);
    }

    Payment withdrawn(LocalDate on, String source) {
        Set<String> more = new HashSet<>(evidence);
        more.add(source);
        return new Payment(reference, program, period, attempt, amount, channel, batchId, status, more, credits, on,
                reissueViaPos);
    }

    Payment reissuable(boolean viaPos) {
        return new Payment(reference, program, period, attempt, amount, channel, batchId, PaymentStatus.REISSUABLE,
                evidence, credits, withdrawnOn, viaPos);
    }
}
