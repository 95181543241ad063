package id.bansos.bank.claim;

import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.Severity;
import java.util.List;

/**
 * A bank claim/withdrawal report: which credited payments the KPM withdrew.
 *
 * @param lines    the valid lines, when the reader was asked to keep them; empty when they were streamed
 * @param totals   counts and sums
 * @param problems what was found wrong, with line numbers and columns
 */
public record ClaimReport(List<ClaimLine> lines, Totals totals, List<Problem> problems) {

    /** The format name. */
    public static final String FORMAT = "bank-claim-report";

    public ClaimReport {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** Whether the report has an error: then nothing of it may be used. */
    public boolean refused() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
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
