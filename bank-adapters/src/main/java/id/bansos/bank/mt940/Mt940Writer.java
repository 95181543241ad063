package id.bansos.bank.mt940;

import id.bansos.bank.statement.CreditDebit;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes MT940 customer statements in one of the {@linkplain Mt940Dialect dialects} {@link Mt940Reader} reads, entry
 * by entry: the closing balance comes last in MT940, so it is computed from the entries as they are written. Amounts
 * are whole rupiah: with a decimal comma ({@code 600000,}; Mandiri {@code 600000,00}), or without one for BRI.
 * Where the payment reference goes depends on the dialect, so that the reader finds it again:
 *
 * <ul>
 *   <li>STANDARD, HEADERLESS: {@code :61:} reference for the account owner, and {@code /EREF/<reference>} in
 *       {@code :86:};</li>
 *   <li>MANDIRI: {@code :61:} {@code NONREF}, the reference as the first line of {@code :86:};</li>
 *   <li>BRI: no {@code :61:} reference, {@code :86:} {@code WS_OB;<reference>;<information>} (at most 40
 *       characters).</li>
 * </ul>
 *
 * A return reason is written as {@code /RTRN/<code>/} in {@code :86:}; a returned credit has the transaction type
 * {@code NRTI}. Lines end in CRLF; the stream is flushed, not closed.
 */
public final class Mt940Writer {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");
    private static final String CRLF = "\r\n";
    private static final int BRI_REMARK_LENGTH = 40;
    private static final int LINE_LENGTH = 65;

    /**
     * One statement message.
     *
     * @param statementId     {@code :20:} (BRI: the generation time {@code yyyyMMddHHmmss}), at most 16 characters
     * @param statementNumber {@code :28C:} statement number (BRI writes 3 digits)
     * @param account         {@code :25:}
     * @param currency        the currency of the balances
     * @param bankBic         the sending bank's BIC, written in the SWIFT headers (Mandiri: {@code BMRIIDJA})
     * @param openingBalance  signed, whole units
     * @param openingDate     date of {@code :60F:}
     * @param closingDate     date of {@code :62F:}
     * @param entries         the entries, consumed once
     */
    public record Message(String statementId, long statementNumber, String account, String currency, String bankBic,
                          long openingBalance, LocalDate openingDate, LocalDate closingDate, Iterator<Entry> entries) {
        public Message {
            Objects.requireNonNull(statementId, "statementId");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(bankBic, "bankBic");
            Objects.requireNonNull(openingDate, "openingDate");
            Objects.requireNonNull(closingDate, "closingDate");
            Objects.requireNonNull(entries, "entries");
        }
    }

    /**
     * One {@code :61:} with its {@code :86:}.
     *
     * @param valueDate        value (and entry) date
     * @param side             credit or debit
     * @param amount           whole units, more than 0
     * @param reference        the payment reference, 1–16 characters without {@code /}
     * @param bankReference    the bank's reference, at most 16 characters, or {@code null}
     * @param returnReasonCode the reason it came back ({@code AC04}, {@code MD07} …), or {@code null}
     * @param information      remittance text for {@code :86:}, or {@code null}
     */
    public record Entry(LocalDate valueDate, CreditDebit side, long amount, String reference, String bankReference,
                        String returnReasonCode, String information) {
        public Entry {
            Objects.requireNonNull(valueDate, "valueDate");
            Objects.requireNonNull(side, "side");
            if (amount <= 0 || reference == null || reference.isEmpty() || reference.length() > 16
                    || reference.contains("/")) {
                throw new IllegalArgumentException("an MT940 entry needs an amount above 0 and a reference of 1-16"
                        + " characters without '/', not " + amount + " '" + reference + "'");
            }
        }
    }

    private final Mt940Dialect dialect;

    public Mt940Writer(Mt940Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * Writes one message.
     *
     * @return the closing balance written, signed
     */
    public long write(OutputStream out, Message message) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(header(message));
        field(w, "20", message.statementId());
        field(w, "25", message.account());
        field(w, "28C", dialect == Mt940Dialect.BRI ? "%03d".formatted(message.statementNumber() % 1000)
                : message.statementNumber() + "/1");
        field(w, "60F", balance(message.openingBalance(), message.openingDate(), message.currency()));
        long balance = message.openingBalance();
        Iterator<Entry> entries = message.entries();
        while (entries.hasNext()) {
            Entry entry = entries.next();
            field(w, "61", statementLine(entry));
            field(w, "86", remark(entry));
            balance = Math.addExact(balance, entry.side() == CreditDebit.CREDIT ? entry.amount() : -entry.amount());
        }
        field(w, "62F", balance(balance, message.closingDate(), message.currency()));
        w.write(dialect == Mt940Dialect.HEADERLESS ? "-" + CRLF : "-}" + CRLF);
        w.flush();
        return balance;
    }

    private String header(Message message) {
        String date = YYMMDD.format(message.closingDate());
        String address = (message.bankBic() + "XXXXXXXX").substring(0, 8) + "AXXX";
        return switch (dialect) {
            case HEADERLESS -> "";
            case BRI -> "{1:BRI}{2:940SI}{4:" + CRLF;
            default -> "{1:F01" + address + "0000000000}{2:O9402359" + date + address + "0000000000" + date
                    + "2359N}{4:" + CRLF;
        };
    }

    private String statementLine(Entry entry) {
        String mark = entry.side() == CreditDebit.CREDIT ? "C" : "D";
        String type = entry.side() == CreditDebit.CREDIT && entry.returnReasonCode() != null ? "NRTI" : "NTRF";
        String bankReference = entry.bankReference() == null ? "" : "//" + entry.bankReference();
        String date = YYMMDD.format(entry.valueDate());
        return switch (dialect) {
            case BRI -> date + mark + entry.amount() + type;
            case MANDIRI -> date + MMDD.format(entry.valueDate()) + mark + amount(entry.amount()) + type + "NONREF"
                    + bankReference;
            default -> date + MMDD.format(entry.valueDate()) + mark + amount(entry.amount()) + type
                    + entry.reference() + bankReference;
        };
    }

    private String remark(Entry entry) {
        String returned = entry.returnReasonCode() == null ? "" : "/RTRN/" + entry.returnReasonCode() + "/";
        String information = entry.information() == null ? "" : entry.information().replace('/', ' ').strip();
        return switch (dialect) {
            case BRI -> {
                String remark = "WS_OB;" + entry.reference() + ";" + (returned.isEmpty() ? information : returned);
                yield remark.length() > BRI_REMARK_LENGTH ? remark.substring(0, BRI_REMARK_LENGTH) : remark;
            }
            case MANDIRI -> entry.reference() + (returned.isEmpty() ? "" : CRLF + returned)
                    + (information.isEmpty() ? "" : CRLF + cut(information));
            default -> cut("/EREF/" + entry.reference() + returned)
                    + (information.isEmpty() ? "" : CRLF + cut("/REMI/" + information));
        };
    }

    private String balance(long signed, LocalDate date, String currency) {
        return (signed < 0 ? "D" : "C") + YYMMDD.format(date) + currency
                + (dialect == Mt940Dialect.BRI ? Long.toString(Math.abs(signed)) : amount(Math.abs(signed)));
    }

    private String amount(long whole) {
        return whole + (dialect == Mt940Dialect.MANDIRI ? ",00" : ",");
    }

    private static String cut(String line) {
        return line.length() > LINE_LENGTH ? line.substring(0, LINE_LENGTH) : line;
    }

    private static void field(Writer w, String tag, String value) throws IOException {
        w.write(":" + tag + ":" + value + CRLF);
    }
}
