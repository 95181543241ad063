package id.bansos.bank.statement;

/**
 * The batch an entry books as one amount (camt {@code NtryDtls/Btch}). Every line of such an entry carries it.
 *
 * @param messageId            {@code Btch/MsgId}: our pain.001 message id, when the bank echoes it
 * @param paymentInformationId {@code Btch/PmtInfId}: our pain.001 payment-information id
 * @param numberOfTransactions {@code Btch/NbOfTxs}, or {@code null}
 * @param totalAmount          {@code Btch/TtlAmt}, or {@code null}
 * @param side                 {@code Btch/CdtDbtInd}, or {@code null}
 */
public record Batch(String messageId, String paymentInformationId, Integer numberOfTransactions, Money totalAmount,
                    CreditDebit side) {
}
