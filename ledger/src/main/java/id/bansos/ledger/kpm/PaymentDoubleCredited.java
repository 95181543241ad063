package id.bansos.ledger.kpm;

import java.time.LocalDate;

/** The bank credited a payment a second time, out of the holding account: money paid twice, to be recovered. */
public record PaymentDoubleCredited(String householdId, String reference, long amount, LocalDate bookedOn,
                                    String source) implements HouseholdEvent {
}
