package id.bansos.bank.statement;

import java.util.List;

/**
 * A bank claim/withdrawal report: which credited payments the KPM withdrew.
 *
 * @param lines    the valid lines, when the reader was asked to keep them; empty when they were streamed
 * @param totals   counts and sums
 * @param problems what was found wrong, with line numbers and columns
 */
public record ClaimReport(List<ClaimLine> lines, Totals totals, List<Problem> problems) implements InboundDocument {

    /** The format name. */
    public static final String FORMAT = "bank-claim-report";

    public ClaimReport {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** A claim report has no message id. */
    @Override
    public String messageId() {
        return null;
    }

    /**
     * Counts and sums.
     *
     * @param lines          data lines read, valid or not
     * @param withdrawn      valid lines
     * @param withdrawnRupiah their sum, whole rupiah
     */
    public record Totals(long lines, long withdrawn, long withdrawnRupiah) {
    }
}
