package id.bansos.bank.statement;

import java.util.List;

/**
 * A PT Pos payout report (CSV): what was paid out in cash and what was not collected.
 *
 * @param format   {@code pos-payout-report}
 * @param lines    the lines, when the reader was asked to keep them; empty when they were streamed
 * @param totals   counts and sums of the valid lines
 * @param problems what was found wrong, with line numbers
 */
public record PosPayoutReport(String format, List<PosPayoutLine> lines, Totals totals, List<Problem> problems)
        implements InboundDocument {

    /** The format name. */
    public static final String FORMAT = "pos-payout-report";

    public PosPayoutReport {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** A Pos report has no message id. */
    @Override
    public String messageId() {
        return null;
    }

    /**
     * Counts and sums of the valid lines.
     *
     * @param lines              data lines read, valid or not
     * @param paid               valid lines paid
     * @param notCollected       valid lines not collected
     * @param paidRupiah         sum paid, whole rupiah
     * @param notCollectedRupiah sum not collected, whole rupiah
     */
    public record Totals(long lines, long paid, long notCollected, long paidRupiah, long notCollectedRupiah) {
    }
}
