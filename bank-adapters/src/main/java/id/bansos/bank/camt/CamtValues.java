package id.bansos.bank.camt;

import id.bansos.bank.statement.Balance;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.Money;
import id.bansos.bank.statement.ProblemLog;
import id.bansos.bank.xml.IsoValues;
import id.bansos.bank.xml.XmlNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads the simple values of camt elements, reporting what is malformed. */
final class CamtValues {

    private final ProblemLog log;

    CamtValues(ProblemLog log) {
        this.log = log;
    }

    /** An {@code Amt Ccy="…"} element as money, or {@code null} (reported) when absent or malformed. */
    Money money(XmlNode amt, String location, String field, boolean required) {
        if (amt == null) {
            if (required) {
                log.error(location, field, "missing");
            }
            return null;
        }
        String currency = amt.attribute("Ccy");
        String where = at(location, amt);
        if (currency == null || !IsoValues.isCurrencyCode(currency)) {
            log.error(where, field, "currency '" + currency + "' is not a three-letter ISO 4217 code");
            return null;
        }
        BigDecimal amount = decimal(amt.text(), where, field);
        return amount == null ? null : new Money(amount, currency);
    }

    /** A child's text used as an identifier, reported when longer than {@code Max35Text} allows; null if absent. */
    String identifier(XmlNode parent, String child, String location, String field) {
        return log.identifier(location, field, parent == null ? null : parent.text(child));
    }

    /** A decimal amount as written, or {@code null} (reported). */
    BigDecimal decimal(String text, String location, String field) {
        if (text == null || !IsoValues.isAmount(text)) {
            log.error(location, field, "amount '" + text + "' is not a decimal number of at most 18 digits "
                    + "(5 after the point) without sign");
            return null;
        }
        return new BigDecimal(text);
    }

    /** {@code CRDT}/{@code DBIT}, or {@code null} (reported when required). */
    CreditDebit side(String code, String location, String field, boolean required) {
        CreditDebit side = CreditDebit.fromIso(code);
        if (side == null && (required || code != null)) {
            log.error(location, field, "'" + code + "' is neither CRDT nor DBIT");
        }
        return side;
    }

    /** The date of a {@code Dt} or {@code DtTm} choice, or {@code null}. */
    LocalDate date(XmlNode choice, String location, String field) {
        if (choice == null) {
            return null;
        }
        String text = choice.text("Dt");
        if (text == null) {
            text = choice.text("DtTm");
        }
        if (text == null || text.length() < 10) {
            log.warning(at(location, choice), field, "no date in <" + choice.name() + ">");
            return null;
        }
        try {
            return IsoValues.dateAtStart(text);
        } catch (DateTimeException e) {
            log.error(at(location, choice), field, "'" + text + "' is not a date");
            return null;
        }
    }

    /** A whole number such as {@code NbOfTxs}, or {@code null} (reported when malformed). */
    Long number(String text, String location, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            log.error(location, field, "'" + text + "' is not a whole number");
            return null;
        }
    }

    /** A {@code Bal} element, or {@code null} (reported) when incomplete. */
    Balance balance(XmlNode bal, String location) {
        String where = at(location, bal);
        String code = bal.text("Tp", "CdOrPrtry", "Cd");
        if (code == null) {
            code = bal.text("Tp", "CdOrPrtry", "Prtry");
        }
        if (code == null) {
            log.error(where, "Bal/Tp", "balance without a type code");
            return null;
        }
        Money money = money(bal.child("Amt"), where, code + "/Amt", true);
        CreditDebit side = side(bal.text("CdtDbtInd"), where, code + "/CdtDbtInd", true);
        if (money == null || side == null) {
            return null;
        }
        return new Balance(code, money, side, date(bal.child("Dt"), location, code + "/Dt"), where);
    }

    /** A location with the node's line appended. */
    static String at(String location, XmlNode node) {
        return location + " (line " + node.line() + ")";
    }
}
