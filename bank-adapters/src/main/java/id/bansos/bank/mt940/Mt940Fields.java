package id.bansos.bank.mt940;

import com.prowidesoftware.swift.model.field.Field;
import com.prowidesoftware.swift.model.field.Field61;
import id.bansos.bank.statement.Balance;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.Money;
import id.bansos.bank.statement.ProblemLog;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Parses MT940 field values with Prowide Core's field classes, after smoothing out what real files do differently
 * (a blank entry date, a space before the transaction type), and checks each component by the dialect's rules.
 */
final class Mt940Fields {

    /**
     * A parsed {@code :61:} statement line.
     *
     * @param mark            {@code C}, {@code D}, {@code RC}, {@code RD} (or {@code EC}/{@code ED})
     * @param transactionCode type and identification code, such as {@code NTRF}
     * @param ownerReference  reference for the account owner, {@code null} when absent or {@code NONREF}
     * @param bankReference   reference of the account servicing institution (after {@code //}), or {@code null}
     * @param supplementary   supplementary details (the line after), or {@code null}
     */
    record StatementLineField(LocalDate valueDate, LocalDate entryDate, String mark, BigDecimal amount,
                              String transactionCode, String ownerReference, String bankReference,
                              String supplementary) {

        /** Credit for C, EC and RD (a reversed debit); debit for D, ED and RC (a reversed credit). */
        CreditDebit side() {
            return switch (mark) {
                case "C", "EC", "RD" -> CreditDebit.CREDIT;
                default -> CreditDebit.DEBIT;
            };
        }

        boolean reversal() {
            return mark.startsWith("R");
        }
    }

    private static final Pattern COMMA_AMOUNT = Pattern.compile("\\d{1,15},\\d*");
    private static final Pattern WHOLE_AMOUNT = Pattern.compile("\\d{1,15}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern BLANK_ENTRY_DATE = Pattern.compile("^(\\d{6}) {4}");
    private static final Pattern SPACE_BEFORE_TYPE =
            Pattern.compile("^(\\d{6}(?:\\d{4})?(?:RC|RD|EC|ED|C|D)[A-Z]?\\d[\\d,]*)\\s+([NSF][A-Z0-9]{3})");

    private final Mt940Dialect dialect;
    private final ProblemLog log;

    Mt940Fields(Mt940Dialect dialect, ProblemLog log) {
        this.dialect = dialect;
        this.log = log;
    }

    /** A balance field ({@code 60F}, {@code 60M}, {@code 62F}, {@code 62M}, {@code 64}, {@code 65}), or null. */
    Balance balance(String tag, String value, String location) {
        Field field = Field.getField(tag, value.strip());
        String field1 = ":" + tag + ":";
        CreditDebit side = side(field.getComponent(1));
        LocalDate date = date(field.getComponent(2), location, field1);
        String currency = field.getComponent(3);
        if (side == null) {
            log.error(location, field1, "'" + value + "' does not start with C or D");
            return null;
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            log.error(location, field1, "'" + value + "' has no three-letter currency code");
            return null;
        }
        BigDecimal amount = amount(field.getComponent(4), location, field1);
        return amount == null ? null : new Balance(tag, new Money(amount, currency), side, date, location);
    }

    /** A {@code :61:} statement line, or null when it cannot be used (reported). */
    StatementLineField statementLine(String value, String location) {
        String first = value.lines().findFirst().orElse("");
        String normalised = SPACE_BEFORE_TYPE.matcher(BLANK_ENTRY_DATE.matcher(first).replaceFirst("$1"))
                .replaceFirst("$1$2");
        Field61 field = new Field61(normalised + value.substring(first.length()));
        String mark = field.getDebitCreditMark();
        if (mark == null || !mark.matches("RC|RD|EC|ED|C|D")) {
            log.error(location, ":61:", "'" + first + "' has no debit/credit mark (C, D, RC, RD) after the date");
            return null;
        }
        LocalDate valueDate = date(field.getValueDate(), location, ":61:");
        BigDecimal amount = amount(field.getAmount(), location, ":61:");
        if (valueDate == null || amount == null) {
            return null;
        }
        String type = field.getTransactionType();
        String code = field.getIdentificationCode();
        return new StatementLineField(valueDate, entryDate(field.getEntryDate(), valueDate), mark, amount,
                type == null || code == null ? null : type + code,
                blankToNull(field.getReferenceForTheAccountOwner(), "NONREF"),
                blankToNull(field.getReferenceOfTheAccountServicingInstitution(), "NONREF"),
                blankToNull(field.getSupplementaryDetails(), null));
    }

    /** An amount by the dialect's rules: a decimal comma, or whole units for BRI. */
    BigDecimal amount(String text, String location, String field) {
        if (text != null && COMMA_AMOUNT.matcher(text).matches()) {
            String plain = text.replace(',', '.');
            return new BigDecimal(plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain);
        }
        if (text != null && WHOLE_AMOUNT.matcher(text).matches()) {
            if (dialect.wholeAmounts()) {
                return new BigDecimal(text);
            }
            log.error(location, field, "amount '" + text + "' has no decimal comma: SWIFT requires one and only the"
                    + " BRI layout writes whole amounts, so it is ambiguous");
            return null;
        }
        log.error(location, field, "amount '" + text + "' is not a number of at most 15 digits with a decimal comma");
        return null;
    }

    /** A date written YYMMDD (years 80–99 are 1900s), or null (reported). */
    LocalDate date(String yymmdd, String location, String field) {
        if (yymmdd == null || !yymmdd.matches("\\d{6}")) {
            log.error(location, field, "'" + yymmdd + "' is not a date YYMMDD");
            return null;
        }
        int year = Integer.parseInt(yymmdd.substring(0, 2));
        try {
            return LocalDate.of(year < 80 ? 2000 + year : 1900 + year, Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            log.error(location, field, "'" + yymmdd + "' is not a valid date");
            return null;
        }
    }

    private static LocalDate entryDate(String mmdd, LocalDate valueDate) {
        if (mmdd == null || !mmdd.matches("\\d{4}")) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(valueDate.getYear(), Integer.parseInt(mmdd.substring(0, 2)),
                    Integer.parseInt(mmdd.substring(2, 4)));
            if (date.isAfter(valueDate.plusMonths(6))) {
                return date.minusYears(1);
            }
            return date.isBefore(valueDate.minusMonths(6)) ? date.plusYears(1) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static CreditDebit side(String mark) {
        if ("C".equals(mark)) {
            return CreditDebit.CREDIT;
        }
        return "D".equals(mark) ? CreditDebit.DEBIT : null;
    }

    private static String blankToNull(String text, String meaningNothing) {
        if (text == null || text.isBlank() || text.strip().equals(meaningNothing)) {
            return null;
        }
        return text.strip();
    }
}
