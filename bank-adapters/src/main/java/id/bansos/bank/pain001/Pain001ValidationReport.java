package id.bansos.bank.pain001;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of validating a pain.001 file against the schema and checking its totals.
 *
 * @param problems     schema violations and totals that disagree with the transactions, in file order, at most
 *                     {@link Pain001Validator#MAX_PROBLEMS}
 * @param truncated    whether more problems were found than are listed
 * @param transactions the {@code CdtTrfTxInf} elements in the file
 * @param instructedSum the sum of their {@code InstdAmt}
 */
public record Pain001ValidationReport(List<ValidationProblem> problems, boolean truncated, long transactions,
                                      BigDecimal instructedSum) {

    public Pain001ValidationReport {
        problems = List.copyOf(problems);
    }

    /** Whether the file is valid against the schema and its announced totals match its transactions. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
