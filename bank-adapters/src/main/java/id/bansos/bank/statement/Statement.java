package id.bansos.bank.statement;

import java.util.List;

/**
 * One account statement (camt.053 {@code Stmt}, MT940 message), notification (camt.054 {@code Ntfctn}) or interim
 * report (MT942).
 *
 * @param kind           what the bank sent
 * @param statementId    camt {@code Stmt/Id}, MT940 {@code :20:}
 * @param sequenceNumber camt {@code ElctrncSeqNb} (else {@code LglSeqNb}), MT940 {@code :28C:} statement number; or
 *                       {@code null}
 * @param page           camt {@code StmtPgntn/PgNb}, MT940 {@code :28C:} sequence number; or {@code null}
 * @param account        the account: IBAN or {@code Othr/Id}, MT940 {@code :25:}
 * @param currency       the statement currency: {@code Acct/Ccy}, else that of the first balance or entry
 * @param balances       every balance stated
 * @param totals         counts and sums
 * @param balanceCheck   whether opening + entries = closing
 * @param lines          the lines, when the reader was asked to keep them; empty when they were streamed
 * @param location       where the statement starts
 */
public record Statement(Kind kind, String statementId, Long sequenceNumber, Integer page, String account,
                        String currency, List<Balance> balances, StatementTotals totals, BalanceCheck balanceCheck,
                        List<StatementLine> lines, String location) {

    /** What kind of report the statement is. */
    public enum Kind {
        /** camt.053 {@code Stmt}, MT940. */
        STATEMENT,
        /** camt.054 {@code Ntfctn}: debit/credit notification, no balances. */
        NOTIFICATION,
        /** MT942 interim transaction report. */
        INTERIM_REPORT
    }

    public Statement {
        balances = List.copyOf(balances);
        lines = List.copyOf(lines);
    }
}
