package id.bansos.bank.statement;

import java.util.List;

/**
 * Account statements or notifications: a camt.053 or camt.054 message, or an MT940/MT942 file (each message one
 * statement).
 *
 * @param format     such as {@code camt.053.001.08} or {@code MT940 (BRI)}
 * @param messageId  {@code GrpHdr/MsgId}, or the {@code :20:} of the first MT940 message
 * @param statements the statements in file order
 * @param problems   what was found wrong
 */
public record StatementReport(String format, String messageId, List<Statement> statements, List<Problem> problems)
        implements InboundDocument {

    public StatementReport {
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
    }

    /** All lines of all statements kept by the reader. */
    public List<StatementLine> lines() {
        return statements.stream().flatMap(s -> s.lines().stream()).toList();
    }
}
