package id.bansos.bank.payment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a bank file says about itself before its lines: identity, execution date, the totals the approval fixed, and
 * who pays.
 *
 * @param messageId              {@code GrpHdr/MsgId}: unique per file, 1–35 of {@code A-Z a-z 0-9 - _ . /}
 * @param creationTime           {@code GrpHdr/CreDtTm}; written to the second, so it is truncated to seconds here
 * @param batchId                the batch exported, 1–30 of {@code A-Z a-z 0-9 - _ .}
 * @param fileSequence           the file's number within the batch, 1–999 (a batch larger than the bank's maximum
 *                               per file is split)
 * @param requestedExecutionDate {@code ReqdExctnDt/Dt}, a business day (see the disbursement calendar)
 * @param expectedTransactions   the number of lines the approved digest counts for this file, at least 1
 * @param expectedControlSum     their sum in whole rupiah, at least 1
 * @param debtor                 the program's holding account at the bank
 */
public record PaymentFileHeader(String messageId, OffsetDateTime creationTime, String batchId, int fileSequence,
                                LocalDate requestedExecutionDate, long expectedTransactions, long expectedControlSum,
                                Debtor debtor) {

    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._/-]{1,35}");
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._-]{1,30}");

    public PaymentFileHeader {
        Texts.matching(messageId, "messageId", MESSAGE_ID, "1-35 of A-Z a-z 0-9 - _ . /");
        creationTime = Objects.requireNonNull(creationTime, "creationTime").truncatedTo(ChronoUnit.SECONDS);
        Texts.matching(batchId, "batchId", BATCH_ID, "1-30 of A-Z a-z 0-9 - _ .");
        if (fileSequence < 1 || fileSequence > 999) {
            throw new IllegalArgumentException("fileSequence " + fileSequence + " is not 1-999");
        }
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        if (expectedTransactions < 1 || expectedControlSum < 1) {
            throw new IllegalArgumentException("a file pays at least one line and one rupiah; expected "
                    + expectedTransactions + " lines, " + expectedControlSum + " rupiah");
        }
        Objects.requireNonNull(debtor, "debtor");
    }

    /** {@code PmtInfId}: the batch and the file's sequence, {@code <batchId>-<fileSequence>}. */
    public String paymentInformationId() {
        return batchId + "-" + fileSequence;
    }
}
