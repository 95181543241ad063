package id.bansos.bank.inspect;

import id.bansos.bank.statement.Balance;
import id.bansos.bank.statement.BalanceCheck;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an inbound file is and whether it can be used: for an operator (text) or a program (JSON).
 *
 * @param fileName     the file's name
 * @param sha256       hex SHA-256 of its bytes
 * @param sizeBytes    its size
 * @param format       such as {@code camt.053.001.08}, {@code MT940 (BRI)}, {@code pain.001.001.09}
 * @param description  what it is, such as "bank-to-customer statement" or "a payment initiation, not a statement"
 * @param family       the kind of file
 * @param messageId    its message id, or {@code null}
 * @param strictBansos whether it was read in strict bansos mode (IDR only)
 * @param accounts     the accounts its statements are for, in order of appearance
 * @param entryCount   entries (statement entries, transaction statuses, payout lines)
 * @param lineCount    lines produced (a batched entry gives one line per transaction)
 * @param totalDebits  sum of booked debits when all statements share a currency; else {@code null}
 * @param totalCredits sum of booked credits, likewise
 * @param currency     that shared currency, or {@code null}
 * @param statements   one summary per statement
 * @param counts       counts by status: transaction statuses of a pain.002, PAID/NOT_COLLECTED of a Pos report
 * @param amounts      amounts by status of a Pos report, in rupiah
 * @param problems     what was found wrong
 */
public record InspectionReport(String fileName, String sha256, long sizeBytes, String format, String description,
                               InboundFormat.Family family, String messageId, boolean strictBansos,
                               List<String> accounts, long entryCount, long lineCount, BigDecimal totalDebits,
                               BigDecimal totalCredits, String currency, List<StatementSummary> statements,
                               Map<String, Long> counts, Map<String, BigDecimal> amounts, List<Problem> problems) {

    public InspectionReport {
        accounts = List.copyOf(accounts);
        statements = List.copyOf(statements);
        counts = Map.copyOf(counts);
        amounts = Map.copyOf(amounts);
        problems = List.copyOf(problems);
    }

    /**
     * One statement's figures.
     *
     * @param statementId     its id
     * @param account         its account
     * @param sequenceNumber  its number, or {@code null}
     * @param page            its page, or {@code null}
     * @param currency        its currency
     * @param entries         entries
     * @param lines           lines
     * @param debits          booked debits
     * @param credits         booked credits
     * @param opening         opening booked balance, or {@code null}
     * @param closing         closing booked balance, or {@code null}
     * @param balances        whether opening + entries = closing
     * @param expectedClosing what the closing balance should be, when computed
     */
    public record StatementSummary(String statementId, String account, Long sequenceNumber, Integer page,
                                   String currency, long entries, long lines, BigDecimal debits, BigDecimal credits,
                                   Balance opening, Balance closing, BalanceCheck.Status balances,
                                   BigDecimal expectedClosing) {
    }

    /** Whether the file must not be used: it has an error. */
    public boolean refused() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** How many problems of a severity. */
    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** A plain-text report for an operator. */
    public String toText() {
        return InspectionRenderer.text(this);
    }

    /** A JSON object; amounts are strings so that no digit is lost. */
    public String toJson() {
        return InspectionRenderer.json(this);
    }
}
