package id.bansos.bank.statement;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Meanings of the ISO external status and return reason codes a bansos reconciliation meets most, for display. The
 * code sets themselves are open: a code missing here is not wrong.
 */
public final class ReasonCodes {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{1,4}");

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("AC01", "account number invalid or missing"),
            Map.entry("AC03", "creditor account number invalid or missing"),
            Map.entry("AC04", "account closed"),
            Map.entry("AC05", "debtor account closed"),
            Map.entry("AC06", "account blocked"),
            Map.entry("AG01", "transaction forbidden on this type of account"),
            Map.entry("AM02", "amount greater than allowed maximum"),
            Map.entry("AM04", "insufficient funds"),
            Map.entry("AM05", "duplication"),
            Map.entry("AM09", "amount not the amount agreed or expected"),
            Map.entry("AM10", "control sum invalid"),
            Map.entry("BE01", "end customer not consistent with the account"),
            Map.entry("BE04", "creditor address missing or incorrect"),
            Map.entry("CUST", "requested by the customer"),
            Map.entry("DUPL", "duplicate payment"),
            Map.entry("FF01", "file format incomplete or invalid"),
            Map.entry("FOCR", "return following a cancellation request"),
            Map.entry("MD06", "refund requested by the end customer"),
            Map.entry("MD07", "end customer deceased"),
            Map.entry("MS02", "reason not specified by the end customer"),
            Map.entry("MS03", "reason not specified by the agent"),
            Map.entry("NARR", "reason given in the additional information"),
            Map.entry("RC01", "BIC incorrect"),
            Map.entry("RR01", "regulatory: debtor account or identification missing"),
            Map.entry("RR04", "regulatory reason"),
            Map.entry("TM01", "received after the cut-off time"));

    private ReasonCodes() {
    }

    /** The meaning of a code, or {@code null} when it is not in this list. */
    public static String describe(String code) {
        return code == null ? null : MEANINGS.get(code);
    }

    /** Whether the text has the shape of an external code: one to four capital letters or digits. */
    public static boolean wellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
