package id.bansos.ledger.kpm;

import java.time.LocalDate;
import java.time.YearMonth;

/** The bank credited a payment a second time, out of the holding account: money paid twice, to be recovered. */
public record PaymentDoubleCredited(String householdId, String reference, String program, YearMonth period,
                                    String channel, long amount, LocalDate bookedOn, String source)
        implements HouseholdEvent {
}
