package id.bansos.ledger.kpm;

import java.time.YearMonth;

/** One payment line of a household: an attempt to pay an entitlement through a channel, in a batch. */
public record Payment(String reference, String program, YearMonth period, int attempt, long amount, Channel channel,
                      String batchId, PaymentStatus status) {

    Payment withStatus(PaymentStatus next) {
        return new Payment(reference, program, period, attempt, amount, channel, batchId, next);
    }
}
