package id.bansos.reconciliation.matching;

/**
 * A payment line as matching needs it, from the ledger's payment_line read model.
 *
 * @param account the KPM's account the payment is credited to; {@code null} for PT Pos
 */
public record PaymentLineView(String reference, String householdId, String program, String channel, long amount,
                              String status, String account) {
}
