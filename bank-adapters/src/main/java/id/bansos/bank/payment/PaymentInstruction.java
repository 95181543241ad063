package id.bansos.bank.payment;

import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One credit to a KPM's bank account, as every outbound bank format needs it.
 *
 * @param endToEndId        the payment reference: 1–16 of {@code [A-Z0-9]}, so that it survives MT940 {@code :61:}
 * @param amount            whole rupiah, more than 0
 * @param creditorName      the account holder (pengurus), at most 140 characters
 * @param creditorAccount   the account number: digits only (its length per bank is checked against the bank profile)
 * @param creditorBank      the bank holding the account
 * @param kksNumber         the KKS card number, or {@code null}; not written to pain.001 (see docs/formats/pain001.md)
 * @param remittanceText    the text the KPM sees on the statement, at most 140 characters
 *                          ({@link #remittanceFor} gives the standard one)
 * @param householdId       the household paid, named in errors about the line
 * @param program           the program paying, such as {@code PKH} or {@code SEMBAKO}
 * @param period            the period paid
 */
public record PaymentInstruction(String endToEndId, long amount, String creditorName, String creditorAccount,
                                 BankCode creditorBank, String kksNumber, String remittanceText, String householdId,
                                 String program, YearMonth period) {

    /** A payment reference: what {@code PaymentReference} of the ledger produces. */
    public static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{1,16}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,34}");
    private static final Pattern PROGRAM = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    public PaymentInstruction {
        Texts.matching(endToEndId, "endToEndId", REFERENCE, "a payment reference (1-16 of A-Z 0-9)");
        if (amount <= 0) {
            throw new IllegalArgumentException("payment " + endToEndId + ": amount " + amount + " is not more than 0");
        }
        Texts.required(creditorName, "payment " + endToEndId + ": creditorName", 140);
        Texts.matching(creditorAccount, "payment " + endToEndId + ": creditorAccount", DIGITS, "digits only");
        Objects.requireNonNull(creditorBank, "payment " + endToEndId + ": creditorBank");
        if (kksNumber != null) {
            Texts.matching(kksNumber, "payment " + endToEndId + ": kksNumber", DIGITS, "digits only");
        }
        Texts.required(remittanceText, "payment " + endToEndId + ": remittanceText", 140);
        Texts.required(householdId, "payment " + endToEndId + ": householdId", 64);
        Texts.matching(program, "payment " + endToEndId + ": program", PROGRAM, "a program code such as PKH");
        Objects.requireNonNull(period, "payment " + endToEndId + ": period");
    }

    /**
     * The standard remittance text, {@code BANSOS <program> <yyyy-MM>} (at most 36 characters for the programs in use),
     * short enough for BRI's 40-character MT940 {@code :86:} remark.
     */
    public static String remittanceFor(String program, YearMonth period) {
        return "BANSOS " + program + " " + period;
    }
}
