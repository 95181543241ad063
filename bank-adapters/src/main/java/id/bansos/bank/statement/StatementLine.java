package id.bansos.bank.statement;

import java.time.LocalDate;

/**
 * One movement on a statement, at the finest level the bank gave: one line per ISO {@code TxDtls} (so a batched
 * entry yields several lines sharing its entry reference), one per entry without details, one per MT940 {@code :61:}.
 *
 * @param account         the statement's account
 * @param entryNumber     the entry's position in its statement, from 1 ({@code Ntry} or {@code :61:})
 * @param reference       the best identifier for matching, see {@code referenceSource}
 * @param referenceSource where {@code reference} came from
 * @param amount          the line's amount as read (the transaction's own amount when it has one)
 * @param side            credit or debit, from the account holder's view
 * @param status          entry status: {@code BOOK}, {@code PDNG}, {@code INFO} (MT940 lines are {@code BOOK})
 * @param reversal        whether the entry reverses an earlier one (ISO {@code RvslInd}, MT940 {@code RC}/{@code RD})
 * @param bookingDate     booking (entry) date, or {@code null}
 * @param valueDate       value date, or {@code null}
 * @param bankReference   the bank's reference for this line ({@code AcctSvcrRef}), or {@code null}
 * @param entryReference  the entry's own reference ({@code NtryRef}, else the entry's {@code AcctSvcrRef}), shared
 *                        by every line of a batched entry; or {@code null}
 * @param transactionCode bank transaction code ({@code PMNT/ICDT/DMCT}, MT940 {@code NTRF}), or {@code null}
 * @param returnReason    why the payment came back, or {@code null}
 * @param batch           the batch the entry books, or {@code null}
 * @param narrative       remittance information or remark, or {@code null}
 * @param location        where the line was read: element path with line, or line number
 * @param counterparty    the other side's account: the creditor's for a debit, the debtor's for a credit
 *                        ({@code RltdPties/CdtrAcct} or {@code DbtrAcct}); {@code null} when the file gives none
 */
public record StatementLine(
        String account,
        int entryNumber,
        String reference,
        ReferenceSource referenceSource,
        Money amount,
        CreditDebit side,
        String status,
        boolean reversal,
        LocalDate bookingDate,
        LocalDate valueDate,
        String bankReference,
        String entryReference,
        String transactionCode,
        ReturnReason returnReason,
        Batch batch,
        String narrative,
        String location,
        String counterparty) {

    /** Whether the bank reports this payment as returned. */
    public boolean returned() {
        return returnReason != null;
    }
}
