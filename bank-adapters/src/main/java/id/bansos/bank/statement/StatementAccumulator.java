package id.bansos.bank.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds one {@link Statement} while its entries stream past, for every statement reader: it checks every amount
 * (no fractional rupiah; IDR only in strict mode), sums booked entries, hands each line on, and at the end checks that
 * opening + credits − debits = closing. Nothing but counters is kept unless lines are asked for.
 */
public final class StatementAccumulator {

    private final Statement.Kind kind;
    private final ReadOptions options;
    private final ProblemLog log;
    private final Consumer<StatementLine> sink;
    private final boolean keepLines;
    private final List<StatementLine> lines = new ArrayList<>();
    private final List<Balance> balances = new ArrayList<>();
    private String statementId;
    private Long sequenceNumber;
    private Integer page;
    private String account;
    private String currency;
    private long entries;
    private long lineCount;
    private long unbooked;
    private long otherCurrency;
    private BigDecimal credits = BigDecimal.ZERO;
    private BigDecimal debits = BigDecimal.ZERO;

    /**
     * @param sink      receives every line as it is read
     * @param keepLines whether the finished statement keeps its lines too
     */
    public StatementAccumulator(Statement.Kind kind, ReadOptions options, ProblemLog log,
                                Consumer<StatementLine> sink, boolean keepLines) {
        this.kind = kind;
        this.options = options;
        this.log = log;
        this.sink = sink;
        this.keepLines = keepLines;
    }

    /** Sets the statement's identity; any argument may be {@code null}. */
    public void identify(String id, Long sequence, Integer pageNumber, String accountId, String declaredCurrency) {
        this.statementId = id;
        this.sequenceNumber = sequence;
        this.page = pageNumber;
        this.account = accountId;
        if (declaredCurrency != null) {
            this.currency = declaredCurrency;
        }
    }

    /** The account, once known. */
    public String account() {
        return account;
    }

    /** Adds a stated balance. */
    public void balance(Balance balance) {
        checkAmount(balance.amount(), balance.location(), balance.code());
        adoptCurrency(balance.amount().currency());
        balances.add(balance);
    }

    /** Counts an entry ({@code Ntry}, {@code :61:}); booked entries in the statement currency are summed. */
    public void entry(Money amount, CreditDebit side, boolean booked, String location) {
        entries++;
        checkAmount(amount, location, "Amt");
        adoptCurrency(amount.currency());
        if (!booked) {
            unbooked++;
        } else if (!amount.currency().equals(currency)) {
            otherCurrency++;
            if (log.firstTime("mixed currency " + amount.currency() + " on " + currency)) {
                log.errorWhenStrict(options.strictBansos(), location, "Ccy", "entry in " + amount.currency()
                        + " on a statement in " + currency + ": the balances cannot be checked");
            }
        } else if (side == CreditDebit.CREDIT) {
            credits = credits.add(amount.amount());
        } else {
            debits = debits.add(amount.amount());
        }
    }

    /** Hands a line on (and keeps it when asked to). */
    public void line(StatementLine line) {
        lineCount++;
        sink.accept(line);
        if (keepLines) {
            lines.add(line);
        }
    }

    /**
     * Checks one amount: a rupiah amount must be whole (an error in any mode); a currency other than IDR is reported
     * once per document, as an error in strict mode and a warning otherwise.
     */
    public void checkAmount(Money money, String location, String field) {
        if (money.amount().signum() < 0) {
            log.error(location, field, "negative amount " + money.amount().toPlainString()
                    + ": the side is given by credit/debit, amounts are never negative");
        }
        if (money.isRupiah() && !Rupiah.isWhole(money.amount())) {
            log.error(location, field, "IDR amount " + money.amount().toPlainString()
                    + " has a fractional part: rupiah amounts are whole");
        }
        if (!money.isRupiah() && log.firstTime("currency " + money.currency())) {
            log.errorWhenStrict(options.strictBansos(), location, field, "currency " + money.currency()
                    + ": bansos accounts are held in IDR");
        }
    }

    /** Finishes the statement: totals and the balance check. */
    public Statement finish(String location) {
        BalanceCheck check = checkBalances(location);
        StatementTotals totals = new StatementTotals(entries, lineCount, unbooked, otherCurrency, credits, debits);
        return new Statement(kind, statementId, sequenceNumber, page, account, currency, balances, totals, check,
                lines, location);
    }

    private void adoptCurrency(String code) {
        if (currency == null) {
            currency = code;
        }
    }

    private BalanceCheck checkBalances(String location) {
        Balance opening = find(Balance.Kind.OPENING);
        Balance closing = find(Balance.Kind.CLOSING);
        if (opening == null || closing == null) {
            if (opening != null || closing != null) {
                log.warning(location, opening == null ? "opening balance" : "closing balance",
                        "only one of opening and closing booked balance is stated: the entries are not checked");
            }
            return new BalanceCheck(BalanceCheck.Status.NOT_STATED, opening, closing, null);
        }
        String openingCcy = opening.amount().currency();
        String closingCcy = closing.amount().currency();
        if (!openingCcy.equals(currency) || !closingCcy.equals(currency) || otherCurrency > 0) {
            if (!openingCcy.equals(closingCcy) || !openingCcy.equals(currency)) {
                log.errorWhenStrict(options.strictBansos(), closing.location(), closing.code(), "balances in "
                        + openingCcy + " and " + closingCcy + " on a statement in " + currency
                        + ": the balances cannot be checked");
            }
            return new BalanceCheck(BalanceCheck.Status.NOT_CHECKABLE, opening, closing, null);
        }
        BigDecimal expected = opening.signedAmount().add(credits).subtract(debits);
        if (expected.compareTo(closing.signedAmount()) == 0) {
            return new BalanceCheck(BalanceCheck.Status.RECONCILED, opening, closing, expected);
        }
        log.errorWhenStrict(options.strictBansos(), closing.location(), closing.code(),
                "the statement does not add up: opening " + opening.code()
                + " " + opening.signedAmount().toPlainString() + " + credits " + credits.toPlainString()
                + " − debits " + debits.toPlainString() + " = " + expected.toPlainString()
                + ", but the closing balance " + closing.code() + " is " + closing.signedAmount().toPlainString()
                + " " + closingCcy);
        return new BalanceCheck(BalanceCheck.Status.MISMATCH, opening, closing, expected);
    }

    private Balance find(Balance.Kind wanted) {
        Balance found = null;
        for (Balance b : balances) {
            if (b.kind() == wanted && (found == null || "PRCD".equals(found.code()))) {
                found = b;
            }
        }
        return found;
    }
}
