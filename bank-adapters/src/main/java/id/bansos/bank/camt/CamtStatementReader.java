package id.bansos.bank.camt;

import id.bansos.bank.statement.Balance;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.Money;
import id.bansos.bank.statement.ProblemLog;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementAccumulator;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.xml.XmlCursor;
import id.bansos.bank.xml.XmlNode;
import java.math.BigDecimal;
import java.util.function.Consumer;

/** Reads one {@code Stmt} or {@code Ntfctn}: its header and balances, then its entries one at a time. */
final class CamtStatementReader {

    private final XmlCursor cursor;
    private final Statement.Kind kind;
    private final ReadOptions options;
    private final ProblemLog log;
    private final Consumer<StatementLine> sink;
    private final boolean keepLines;
    private final CamtValues values;
    private final CamtEntryReader entries;

    CamtStatementReader(XmlCursor cursor, Statement.Kind kind, ReadOptions options, ProblemLog log,
                        Consumer<StatementLine> sink, boolean keepLines) {
        this.cursor = cursor;
        this.kind = kind;
        this.options = options;
        this.log = log;
        this.sink = sink;
        this.keepLines = keepLines;
        this.values = new CamtValues(log);
        this.entries = new CamtEntryReader(cursor, values, log, options);
    }

    /** Reads the statement element the cursor is on; {@code path} names it, such as {@code Stmt[2]}. */
    Statement read(String path) {
        String location = path + " (line " + cursor.line() + ")";
        StatementAccumulator statement = new StatementAccumulator(kind, options, log, sink, keepLines);
        Header header = new Header();
        Summary counted = new Summary();
        XmlNode summary = null;
        int balances = 0;
        int depth = cursor.depth();
        while (cursor.nextChild(depth)) {
            switch (cursor.localName()) {
                case "Id" -> header.id = cursor.readText();
                case "ElctrncSeqNb" -> header.sequence = values.number(cursor.readText(), location, "ElctrncSeqNb");
                case "LglSeqNb" -> header.legalSequence = values.number(cursor.readText(), location, "LglSeqNb");
                case "StmtPgntn" -> header.page = values.number(cursor.readNode().text("PgNb"), location, "PgNb");
                case "Acct" -> header.account(cursor.readNode());
                case "Bal" -> {
                    header.identify(statement);
                    Balance balance = values.balance(cursor.readNode(), path + "/Bal[" + ++balances + "]");
                    if (balance != null) {
                        statement.balance(balance);
                    }
                }
                case "TxsSummry" -> summary = cursor.readNode();
                case "Ntry" -> {
                    header.identify(statement);
                    int number = (int) ++counted.entries;
                    counted.add(entries.read(statement, number, path + "/Ntry[" + number + "]"));
                }
                default -> cursor.skip();
            }
        }
        header.identify(statement);
        if (header.account == null) {
            log.error(location, "Acct/Id", "the statement names no account (IBAN or Othr/Id)");
        }
        Statement finished = statement.finish(location);
        if (summary != null) {
            checkSummary(summary, counted, path + "/TxsSummry");
        }
        return finished;
    }

    private void checkSummary(XmlNode summary, Summary counted, String path) {
        String location = CamtValues.at(path, summary);
        XmlNode all = summary.child("TtlNtries");
        if (all != null) {
            compare(all, "TtlNtries", counted.entries, counted.creditSum.add(counted.debitSum), location);
            XmlNode net = all.child("TtlNetNtry");
            String netAmount = net != null ? net.text("Amt") : all.text("TtlNetNtryAmt");
            String netSide = net != null ? net.text("CdtDbtInd") : all.text("CdtDbtInd");
            BigDecimal stated = netAmount == null ? null : values.decimal(netAmount, location, "TtlNetNtry/Amt");
            CreditDebit side = values.side(netSide, location, "TtlNetNtry/CdtDbtInd", false);
            BigDecimal actual = counted.creditSum.subtract(counted.debitSum);
            if (stated != null && side != null && side.signed(stated).compareTo(actual) != 0) {
                log.errorWhenStrict(options.strictBansos(), location, "TxsSummry/TtlNtries/TtlNetNtry",
                        "states a net of " + side.signed(stated).toPlainString() + ", the entries net "
                                + actual.toPlainString());
            }
        }
        XmlNode credits = summary.child("TtlCdtNtries");
        if (credits != null) {
            compare(credits, "TtlCdtNtries", counted.credits, counted.creditSum, location);
        }
        XmlNode debits = summary.child("TtlDbtNtries");
        if (debits != null) {
            compare(debits, "TtlDbtNtries", counted.debits, counted.debitSum, location);
        }
    }

    private void compare(XmlNode stated, String name, long count, BigDecimal sum, String location) {
        Long statedCount = values.number(stated.text("NbOfNtries"), location, name + "/NbOfNtries");
        if (statedCount != null && statedCount != count) {
            log.errorWhenStrict(options.strictBansos(), location, "TxsSummry/" + name + "/NbOfNtries", "states "
                    + statedCount + " entries, the"
                    + " statement has " + count);
        }
        String statedSum = stated.text("Sum");
        BigDecimal expected = statedSum == null ? null : values.decimal(statedSum, location, name + "/Sum");
        if (expected != null && expected.compareTo(sum) != 0) {
            log.errorWhenStrict(options.strictBansos(), location, "TxsSummry/" + name + "/Sum", "states a sum of "
                    + expected.toPlainString()
                    + ", the entries sum to " + sum.toPlainString());
        }
    }

    /** The statement's identity, passed on once known. */
    private static final class Header {
        String id;
        Long sequence;
        Long legalSequence;
        Long page;
        String account;
        String currency;

        void account(XmlNode acct) {
            account = acct.text("Id", "IBAN") != null ? acct.text("Id", "IBAN") : acct.text("Id", "Othr", "Id");
            currency = acct.text("Ccy");
        }

        void identify(StatementAccumulator statement) {
            statement.identify(id, sequence != null ? sequence : legalSequence,
                    page == null ? null : page.intValue(), account, currency);
        }
    }

    /** Counts and sums of all entries, whatever their status, as a transaction summary states them. */
    private static final class Summary {
        long entries;
        long credits;
        long debits;
        BigDecimal creditSum = BigDecimal.ZERO;
        BigDecimal debitSum = BigDecimal.ZERO;

        void add(CamtEntryReader.Outcome outcome) {
            if (outcome == null) {
                return;
            }
            Money amount = outcome.amount();
            if (outcome.side() == CreditDebit.CREDIT) {
                credits++;
                creditSum = creditSum.add(amount.amount());
            } else {
                debits++;
                debitSum = debitSum.add(amount.amount());
            }
        }
    }
}
