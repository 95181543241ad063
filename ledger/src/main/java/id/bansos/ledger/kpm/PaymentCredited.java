package id.bansos.ledger.kpm;

import java.time.LocalDate;
import java.time.YearMonth;

/** The money reached the household: credited to its account, or paid out in cash by PT Pos. */
public record PaymentCredited(String householdId, String reference, String program, YearMonth period, String channel,
                              long amount, LocalDate bookedOn, String source) implements HouseholdEvent {
}
