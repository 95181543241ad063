package id.bansos.bank.mt940;

import com.prowidesoftware.swift.model.field.Field;
import id.bansos.bank.statement.Balance;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.Money;
import id.bansos.bank.statement.ProblemLog;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.ReferenceSource;
import id.bansos.bank.statement.ReturnReason;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementAccumulator;
import id.bansos.bank.statement.StatementLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one MT940/MT942 message into a {@link Statement}, pairing each {@code :61:} with the {@code :86:} after it. */
final class Mt940MessageReader {

    private static final Set<String> INTERIM_TAGS = Set.of("34F", "13D", "90D", "90C");
    private static final Set<String> BALANCE_TAGS = Set.of("60F", "60M", "62F", "62M", "64", "65");
    private static final Pattern EREF = Pattern.compile("EREF\\+(.+?)(?=\\?\\d{2}|[A-Z]{4}\\+|$)");
    private static final Pattern SWIFT_EREF = Pattern.compile("/EREF/([^/]+)");
    private static final Pattern RETURN_CODE = Pattern.compile("/RTRN/([A-Z0-9]{4})");
    private static final Pattern BRI_REFERRAL = Pattern.compile("WS_OB;([^;]*)");
    private static final Pattern BALANCE_CURRENCY = Pattern.compile("^[CD]\\d{6}([A-Z]{3})");
    private static final Pattern FLOOR_CURRENCY = Pattern.compile("^([A-Z]{3})");
    private static final Pattern NUMBER_AND_SUM = Pattern.compile("(\\d+)([A-Z]{3})(.+)");
    private static final int BRI_REMARK_LENGTH = 40;

    private final Mt940Dialect dialect;
    private final ReadOptions options;
    private final ProblemLog log;
    private final Consumer<StatementLine> sink;
    private final boolean keepLines;
    private final Mt940Fields fields;

    Mt940MessageReader(Mt940Dialect dialect, ReadOptions options, ProblemLog log, Consumer<StatementLine> sink,
                       boolean keepLines) {
        this.dialect = dialect;
        this.options = options;
        this.log = log;
        this.sink = sink;
        this.keepLines = keepLines;
        this.fields = new Mt940Fields(dialect, log);
    }

    /** Whether the message is an MT942 interim report. */
    static boolean interim(Mt940Splitter.Message message) {
        return message.header2() != null && message.header2().contains("942")
                || message.fields().stream().anyMatch(f -> INTERIM_TAGS.contains(f.tag()));
    }

    Statement read(Mt940Splitter.Message message) {
        boolean interim = interim(message);
        Statement.Kind kind = interim ? Statement.Kind.INTERIM_REPORT : Statement.Kind.STATEMENT;
        StatementAccumulator statement = new StatementAccumulator(kind, options, log, sink, keepLines);
        String where = "message " + message.number() + ", line " + message.line();
        List<Mt940Splitter.Field> all = message.fields();
        String id = value(all, "20");
        String account = firstLine(value(all, "25") != null ? value(all, "25") : value(all, "25P"));
        String currency = currency(all);
        Field sequence = sequence(all);
        statement.identify(id, sequence == null ? null : number(sequence.getComponent(1)),
                sequence == null ? null : intOrNull(number(sequence.getComponent(2))), account, currency);
        checkMandatory(all, interim, where);
        if (currency == null) {
            log.error(where, ":60F:", "no field states a currency: the entries cannot be read");
        }
        checkBriAccount(account, where);
        Counts counts = new Counts();
        int entryNumber = 0;
        for (int i = 0; i < all.size(); i++) {
            Mt940Splitter.Field field = all.get(i);
            String location = "message " + message.number() + ", line " + field.line();
            if (BALANCE_TAGS.contains(field.tag())) {
                Balance balance = fields.balance(field.tag(), field.value(), location);
                if (balance != null) {
                    statement.balance(balance);
                }
            } else if (field.tag().equals("61")) {
                String remark = i + 1 < all.size() && all.get(i + 1).tag().equals("86") ? all.get(i + 1).value() : null;
                entry(statement, ++entryNumber, field.value(), remark, currency, location, counts);
            }
        }
        if (interim) {
            checkInterimSums(all, counts, where);
        }
        if (!message.terminated()) {
            log.warning(where, "-", "message " + message.number() + " is not closed by a '-' line: the file may be"
                    + " cut short");
        }
        return statement.finish(where);
    }

    private void entry(StatementAccumulator statement, int number, String value, String remark, String currency,
                       String location, Counts counts) {
        Mt940Fields.StatementLineField line = fields.statementLine(value, location);
        if (line == null || currency == null) {
            return;
        }
        Money amount = new Money(line.amount(), currency);
        statement.entry(amount, line.side(), true, location);
        counts.add(line.side(), line.amount());
        String narrative = remark == null ? null : String.join(" ", remark.lines().map(String::strip).toList());
        if (dialect == Mt940Dialect.BRI && narrative != null && narrative.length() > BRI_REMARK_LENGTH) {
            log.warning(location, ":86:", "remark of " + narrative.length() + " characters: BRI writes at most "
                    + BRI_REMARK_LENGTH);
        }
        Reference ref = reference(line, remark);
        statement.line(new StatementLine(statement.account(), number, ref.value(), ref.source(), amount,
                line.side(), "BOOK", line.reversal(), line.entryDate() != null ? line.entryDate() : line.valueDate(),
                line.valueDate(), line.bankReference(), null, line.transactionCode(), returnReason(line, narrative),
                null, narrative, location, null));
    }

    private record Reference(String value, ReferenceSource source) {
    }

    private Reference reference(Mt940Fields.StatementLineField line, String remark) {
        if (dialect == Mt940Dialect.BRI) {
            return remarkReference(remark);
        }
        String endToEnd = endToEndId(remark);
        if (endToEnd != null) {
            return new Reference(endToEnd, ReferenceSource.END_TO_END_ID);
        }
        if (line.ownerReference() != null) {
            return new Reference(line.ownerReference(), ReferenceSource.ACCOUNT_OWNER_REFERENCE);
        }
        if (dialect == Mt940Dialect.MANDIRI && remark != null) {
            return new Reference(remark.lines().findFirst().orElse("").strip(), ReferenceSource.REMARK);
        }
        if (line.bankReference() != null) {
            return new Reference(line.bankReference(), ReferenceSource.BANK_REFERENCE);
        }
        return new Reference(null, ReferenceSource.NONE);
    }

    private static Reference remarkReference(String remark) {
        if (remark == null || remark.isBlank()) {
            return new Reference(null, ReferenceSource.NONE);
        }
        String text = remark.strip();
        Matcher referral = BRI_REFERRAL.matcher(text);
        if (referral.find() && !referral.group(1).isBlank()) {
            return new Reference(referral.group(1).strip(), ReferenceSource.REMARK);
        }
        return new Reference(text, ReferenceSource.REMARK);
    }

    private static String endToEndId(String remark) {
        if (remark == null) {
            return null;
        }
        String flat = remark.replace("\n", "");
        Matcher m = EREF.matcher(flat);
        if (!m.find()) {
            m = SWIFT_EREF.matcher(flat);
            if (!m.find()) {
                return null;
            }
        }
        String id = m.group(1).strip();
        return id.isEmpty() || id.equals("NOTPROVIDED") || id.equals("NONREF") ? null : id;
    }

    private static ReturnReason returnReason(Mt940Fields.StatementLineField line, String narrative) {
        Matcher code = RETURN_CODE.matcher(narrative == null ? "" : narrative);
        boolean coded = code.find();
        boolean returnItem = line.transactionCode() != null && line.transactionCode().endsWith("RTI");
        if (!coded && !returnItem) {
            return null;
        }
        return new ReturnReason(coded ? code.group(1) : null, false, line.supplementary());
    }

    private void checkMandatory(List<Mt940Splitter.Field> all, boolean interim, String where) {
        for (String tag : List.of("20", "25")) {
            if (value(all, tag) == null && !(tag.equals("25") && value(all, "25P") != null)) {
                log.error(where, ":" + tag + ":", "missing");
            }
        }
        if (sequence(all) == null) {
            log.warning(where, ":28C:", "missing: the statement number cannot be followed");
        }
        if (!interim && value(all, "60F") == null && value(all, "60M") == null) {
            log.error(where, ":60F:", "missing: no opening balance");
        }
        if (!interim && value(all, "62F") == null && value(all, "62M") == null) {
            log.error(where, ":62F:", "missing: no closing balance (is the file cut short?)");
        }
    }

    private void checkBriAccount(String account, String where) {
        if (dialect == Mt940Dialect.BRI && account != null && !account.strip().matches("\\d{15}")) {
            log.warning(where, ":25:", "account '" + account + "' is not the 15 digits of a BRI account");
        }
    }

    private void checkInterimSums(List<Mt940Splitter.Field> all, Counts counts, String where) {
        compareSum(value(all, "90D"), ":90D:", counts.debits, counts.debitSum, where);
        compareSum(value(all, "90C"), ":90C:", counts.credits, counts.creditSum, where);
    }

    private void compareSum(String value, String tag, long count, BigDecimal sum, String where) {
        if (value == null) {
            return;
        }
        Matcher m = NUMBER_AND_SUM.matcher(value.strip());
        BigDecimal stated = m.matches() ? fields.amount(m.group(3), where, tag) : null;
        if (stated == null) {
            log.error(where, tag, "'" + value + "' is not a number of entries, a currency and an amount");
            return;
        }
        if (Long.parseLong(m.group(1)) != count || stated.compareTo(sum) != 0) {
            log.error(where, tag, "states " + m.group(1) + " entries for " + stated.toPlainString()
                    + ", the message has " + count + " for " + sum.toPlainString());
        }
    }

    private static String currency(List<Mt940Splitter.Field> all) {
        for (Mt940Splitter.Field f : all) {
            boolean floorLimit = f.tag().equals("34F");
            if (floorLimit || BALANCE_TAGS.contains(f.tag())) {
                Matcher m = (floorLimit ? FLOOR_CURRENCY : BALANCE_CURRENCY).matcher(f.value().strip());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static Field sequence(List<Mt940Splitter.Field> all) {
        String value = value(all, "28C");
        if (value == null) {
            value = value(all, "28");
        }
        return value == null ? null : Field.getField("28C", value.strip());
    }

    private static String value(List<Mt940Splitter.Field> all, String tag) {
        return all.stream().filter(f -> f.tag().equals(tag)).map(Mt940Splitter.Field::value).findFirst()
                .orElse(null);
    }

    private static String firstLine(String value) {
        return value == null ? null : value.lines().findFirst().orElse("").strip();
    }

    private static Long number(String digits) {
        return digits != null && digits.matches("\\d{1,18}") ? Long.parseLong(digits) : null;
    }

    private static Integer intOrNull(Long value) {
        return value == null ? null : value.intValue();
    }

    /** Counts and sums of the entries, to check an MT942's {@code :90D:}/{@code :90C:}. */
    private static final class Counts {
        long credits;
        long debits;
        BigDecimal creditSum = BigDecimal.ZERO;
        BigDecimal debitSum = BigDecimal.ZERO;

        void add(CreditDebit side, BigDecimal amount) {
            if (side == CreditDebit.CREDIT) {
                credits++;
                creditSum = creditSum.add(amount);
            } else {
                debits++;
                debitSum = debitSum.add(amount);
            }
        }
    }
}
