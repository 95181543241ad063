package id.bansos.ledger.kpm;

import java.time.YearMonth;
import java.util.Set;

/** An entitlement was put into a payment batch as a payment line with its reference. */
public record PaymentScheduled(String householdId, String reference, String program, YearMonth period, int attempt,
                               long amount, Channel channel, String batchId) implements HouseholdEvent {

    /** The payment line this event creates. */
    public Payment payment() {
        return new Payment(reference, program, period, attempt, amount, channel, batchId, PaymentStatus.SCHEDULED,
                Set.of(), 0, null, false);
    }
}
