package id.bansos.bank.camt;

import id.bansos.bank.statement.Batch;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.Money;
import id.bansos.bank.statement.ProblemLog;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.StatementAccumulator;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.xml.XmlCursor;
import id.bansos.bank.xml.XmlNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one {@code Ntry} from the cursor, one {@code TxDtls} at a time, so that a batch of a hundred thousand
 * transactions booked as one entry is never held in memory whole. Entry elements come before {@code NtryDtls} in
 * every camt version, so each transaction line is complete when its {@code TxDtls} has been read.
 */
final class CamtEntryReader {

    /** The entry's own amount and side, for the statement's transaction summary. */
    record Outcome(Money amount, CreditDebit side) {
    }

    private final XmlCursor cursor;
    private final CamtValues values;
    private final CamtLines lines;
    private final ProblemLog log;
    private final boolean strict;

    CamtEntryReader(XmlCursor cursor, CamtValues values, ProblemLog log, ReadOptions options) {
        this.cursor = cursor;
        this.values = values;
        this.lines = new CamtLines(values, log, options);
        this.log = log;
        this.strict = options.strictBansos();
    }

    /** Reads the {@code Ntry} the cursor is on. */
    Outcome read(StatementAccumulator statement, int entryNumber, String location) {
        EntryState state = new EntryState(statement, entryNumber, location, cursor.line());
        int depth = cursor.depth();
        while (cursor.nextChild(depth)) {
            if (cursor.localName().equals("NtryDtls")) {
                state.header();
                readDetails(state);
            } else {
                state.elements.putIfAbsent(cursor.localName(), cursor.readNode());
            }
        }
        state.header();
        state.finish();
        return state.entry == null ? null : new Outcome(state.entry.amount(), state.entry.side());
    }

    private void readDetails(EntryState state) {
        int depth = cursor.depth();
        while (cursor.nextChild(depth)) {
            String name = cursor.localName();
            if (name.equals("Btch")) {
                state.batch = batch(cursor.readNode(), state.path);
                if (state.batch.totalAmount() != null) {
                    state.statement.checkAmount(state.batch.totalAmount(), state.location, "Btch/TtlAmt");
                }
            } else if (name.equals("TxDtls")) {
                state.transaction(cursor.readNode());
            } else {
                cursor.skip();
            }
        }
    }

    private Batch batch(XmlNode btch, String location) {
        String where = CamtValues.at(location + "/Btch", btch);
        Long count = values.number(btch.text("NbOfTxs"), where, "Btch/NbOfTxs");
        Money total = values.money(btch.child("TtlAmt"), where, "Btch/TtlAmt", false);
        CreditDebit side = values.side(btch.text("CdtDbtInd"), where, "Btch/CdtDbtInd", false);
        return new Batch(btch.text("MsgId"), btch.text("PmtInfId"), count == null ? null : count.intValue(), total,
                side);
    }

    /** What is known of the entry itself, from the elements before {@code NtryDtls}. */
    record Entry(Money amount, CreditDebit side, String status, boolean reversal, LocalDate bookingDate,
                 LocalDate valueDate, String entryReference, String bankReference, String transactionCode) {
    }

    private final class EntryState {
        final StatementAccumulator statement;
        final int number;
        final String path;
        final String location;
        final Map<String, XmlNode> elements = new HashMap<>();
        Entry entry;
        boolean headerDone;
        Batch batch;
        XmlNode pending;
        Batch pendingBatch;
        int transactions;
        BigDecimal detailSum = BigDecimal.ZERO;
        boolean detailSumComplete = true;

        EntryState(StatementAccumulator statement, int number, String path, int line) {
            this.statement = statement;
            this.number = number;
            this.path = path;
            this.location = path + " (line " + line + ")";
        }

        void header() {
            if (headerDone) {
                return;
            }
            headerDone = true;
            Money amount = values.money(elements.get("Amt"), location, "Ntry/Amt", true);
            CreditDebit side = values.side(text("CdtDbtInd"), location, "Ntry/CdtDbtInd", true);
            String status = status();
            String entryReference = log.identifier(location, "Ntry/NtryRef", text("NtryRef"));
            String bankReference = log.identifier(location, "Ntry/AcctSvcrRef", text("AcctSvcrRef"));
            if (amount == null || side == null) {
                return;
            }
            entry = new Entry(amount, side, status, "true".equals(text("RvslInd")),
                    values.date(elements.get("BookgDt"), location, "BookgDt"),
                    values.date(elements.get("ValDt"), location, "ValDt"),
                    entryReference != null ? entryReference : bankReference, bankReference,
                    CamtLines.transactionCode(elements.get("BkTxCd")));
            statement.entry(amount, side, "BOOK".equals(status), location);
        }

        void transaction(XmlNode tx) {
            if (entry == null) {
                return;
            }
            transactions++;
            if (transactions == 1) {
                pending = tx;
                pendingBatch = batch;
                return;
            }
            if (pending != null) {
                emit(pending, 1, null, pendingBatch);
                pending = null;
            }
            emit(tx, transactions, null, batch);
        }

        void finish() {
            if (entry == null) {
                return;
            }
            if (pending != null) {
                emit(pending, 1, entry.amount(), pendingBatch);
            } else if (transactions == 0) {
                statement.line(lines.entryLine(statement.account(), number, entry, batch, text("AddtlNtryInf"),
                        location));
            }
            checkDetails();
        }

        private void emit(XmlNode tx, int index, Money fallback, Batch txBatch) {
            String where = CamtValues.at(path + "/TxDtls[" + index + "]", tx);
            StatementLine line = lines.transactionLine(statement.account(), number, entry, txBatch, tx, fallback,
                    where);
            boolean ownAmount = CamtLines.ownAmount(tx) != null;
            Money amount = line.amount();
            if (amount != null && ownAmount) {
                statement.checkAmount(amount, where, "TxDtls/Amt");
            }
            if (amount != null && ownAmount && amount.currency().equals(entry.amount().currency())) {
                detailSum = detailSum.add(line.side().signed(amount.amount()));
            } else {
                detailSumComplete = false;
            }
            statement.line(line);
        }

        private void checkDetails() {
            BigDecimal signedEntry = entry.side().signed(entry.amount().amount());
            if (transactions > 0 && detailSumComplete && detailSum.compareTo(signedEntry) != 0) {
                log.errorWhenStrict(strict, location, "TxDtls/Amt", "the " + transactions
                        + " transaction details add up to " + detailSum.toPlainString() + ", the entry is "
                        + signedEntry.toPlainString() + " " + entry.amount().currency());
            }
            if (batch == null) {
                return;
            }
            Integer declared = batch.numberOfTransactions();
            if (declared != null && transactions > 0 && declared != transactions) {
                log.errorWhenStrict(strict, location, "Btch/NbOfTxs", "the batch holds " + declared
                        + " transactions but " + transactions + (transactions == 1 ? " is" : " are") + " detailed");
            }
            Money total = batch.totalAmount();
            if (total != null && (!total.currency().equals(entry.amount().currency())
                    || total.amount().compareTo(entry.amount().amount()) != 0)) {
                log.errorWhenStrict(strict, location, "Btch/TtlAmt", "batch total " + total
                        + " differs from the entry amount " + entry.amount());
            }
        }

        private String status() {
            String status = text("Sts");
            XmlNode sts = elements.get("Sts");
            if (status == null && sts != null) {
                status = sts.text("Cd") != null ? sts.text("Cd") : sts.text("Prtry");
            }
            if (status == null) {
                log.error(location, "Ntry/Sts", "entry without status");
            }
            return status;
        }

        private String text(String name) {
            XmlNode node = elements.get(name);
            return node == null || node.text().isEmpty() ? null : node.text();
        }
    }
}
