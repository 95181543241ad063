package id.bansos.bank.statement;

import java.util.List;

/**
 * What a bank or PT Pos file turned out to be, once read. Any {@link Severity#ERROR} problem refuses it: nothing in a
 * refused document may be booked.
 */
public sealed interface InboundDocument permits StatusReport, StatementReport, PosPayoutReport, ClaimReport,
        NotAStatement {

    /**
     * The format read, such as {@code camt.053.001.08}, {@code MT940 (BRI)} {@code pos-payout-report} or
     * {@code bank-claim-report}.
     */
    String format();

    /** The sender's message id ({@code GrpHdr/MsgId}, MT940 {@code :20:} of the first message), or {@code null}. */
    String messageId();

    List<Problem> problems();

    /** Whether the document has an error and must not be used. */
    default boolean refused() {
        return problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
