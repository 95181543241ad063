package id.bansos.bank.statement;

import java.util.List;

/**
 * A status a pain.002 gives for the original pain.001: for the whole group, one payment information block, or one
 * transaction. Status codes are the ISO ExternalPaymentTransactionStatus1Code values ({@code ACTC}, {@code ACCP},
 * {@code ACSP}, {@code ACSC}, {@code ACWC}, {@code PART}, {@code PDNG}, {@code RJCT} …).
 */
public sealed interface StatusLine permits StatusLine.Group, StatusLine.PaymentInformation, StatusLine.Transaction {

    /** {@code OrgnlMsgId} of the pain.001 reported on. */
    String originalMessageId();

    /** The status code, or {@code null} when none applies. */
    String status();

    List<StatusReason> reasons();

    /** Where it was read: element path with line. */
    String location();

    /** Whether the status is a rejection. */
    default boolean rejected() {
        return "RJCT".equals(status());
    }

    /** {@code OrgnlGrpInfAndSts}: the status of the whole original message. */
    record Group(String originalMessageId, String originalMessageNameId, String status, List<StatusReason> reasons,
                 String location) implements StatusLine {
        public Group {
            reasons = List.copyOf(reasons);
        }
    }

    /** {@code OrgnlPmtInfAndSts}: the status of one payment-information block. */
    record PaymentInformation(String originalMessageId, String originalPaymentInformationId, String status,
                              List<StatusReason> reasons, String location) implements StatusLine {
        public PaymentInformation {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * {@code TxInfAndSts}: the status of one transaction. When the transaction has no {@code TxSts} it takes its
     * block's status, or the group's, unless that is {@code PART}.
     */
    record Transaction(String originalMessageId, String originalPaymentInformationId, String originalInstructionId,
                       String originalEndToEndId, String originalUetr, String status, List<StatusReason> reasons,
                       String location) implements StatusLine {
        public Transaction {
            reasons = List.copyOf(reasons);
        }
    }
}
