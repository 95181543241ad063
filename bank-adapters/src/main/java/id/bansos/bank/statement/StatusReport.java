package id.bansos.bank.statement;

import java.util.List;

/**
 * A pain.002 customer payment status report.
 *
 * @param format    such as {@code pain.002.001.10}
 * @param messageId {@code GrpHdr/MsgId}
 * @param lines     group, payment-information and transaction statuses in file order
 * @param problems  what was found wrong
 */
public record StatusReport(String format, String messageId, List<StatusLine> lines, List<Problem> problems)
        implements InboundDocument {

    public StatusReport {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** The transaction-level statuses. */
    public List<StatusLine.Transaction> transactions() {
        return lines.stream().filter(StatusLine.Transaction.class::isInstance)
                .map(StatusLine.Transaction.class::cast).toList();
    }
}
