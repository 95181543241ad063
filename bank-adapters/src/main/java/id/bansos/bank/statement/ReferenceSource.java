package id.bansos.bank.statement;

/** Which identifier of the bank's record a {@link StatementLine#reference()} was taken from, best first. */
public enum ReferenceSource {
    /** ISO {@code EndToEndId}, or an {@code EREF} in a structured MT940 {@code :86:}: our own payment reference. */
    END_TO_END_ID,
    /** ISO {@code InstrId}. */
    INSTRUCTION_ID,
    /** ISO {@code TxId}. */
    TRANSACTION_ID,
    /** ISO {@code Btch/PmtInfId}: a batch booked as one entry, matched by our payment-information id. */
    PAYMENT_INFORMATION_ID,
    /** ISO {@code Btch/MsgId}. */
    MESSAGE_ID,
    /** MT940 {@code :61:} reference for the account owner. */
    ACCOUNT_OWNER_REFERENCE,
    /** The remark of an MT940 {@code :86:}, where BRI and Mandiri carry the partner's reference. */
    REMARK,
    /** The bank's own reference ({@code AcctSvcrRef}, MT940 {@code //} reference). */
    BANK_REFERENCE,
    /** ISO {@code NtryRef}. */
    ENTRY_REFERENCE,
    /** Nothing usable was given. */
    NONE
}
