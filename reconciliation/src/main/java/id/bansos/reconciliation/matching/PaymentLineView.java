package id.bansos.reconciliation.matching;

/** A payment line as matching needs it, from the ledger's payment_line read model. */
public record PaymentLineView(String reference, String householdId, String program, String channel, long amount,
                             String status) {
}
