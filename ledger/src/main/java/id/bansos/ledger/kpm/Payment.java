package id.bansos.ledger.kpm;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/**
 * One payment line of a household: an attempt to pay an entitlement through a channel, in a batch.
 *
 * @param evidence the sources of every outcome recorded for it ({@link ReportedOutcome#source()})
 * @param credits  how many times the bank reported crediting it (more than one: a double credit)
 */
public record Payment(String reference, String program, YearMonth period, int attempt, long amount, Channel channel,
                      String batchId, PaymentStatus status, Set<String> evidence, int credits) {

    public Payment {
        evidence = Set.copyOf(evidence);
    }

    Payment withStatus(PaymentStatus next) {
        return new Payment(reference, program, period, attempt, amount, channel, batchId, next, evidence, credits);
    }

    Payment withOutcome(PaymentStatus next, String source, int creditsAdded) {
        Set<String> more = new HashSet<>(evidence);
        more.add(source);
        return new Payment(reference, program, period, attempt, amount, channel, batchId, next, more,
                credits + creditsAdded);
    }
}
