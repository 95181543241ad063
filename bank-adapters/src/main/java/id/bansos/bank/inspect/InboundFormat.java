package id.bansos.bank.inspect;

import id.bansos.bank.mt940.Mt940Dialect;
import id.bansos.bank.statement.ClaimReport;
import id.bansos.bank.statement.PosPayoutReport;

/**
 * What the first bytes of a file say it is.
 *
 * @param family  the kind of file
 * @param name    the format's name: {@code camt.053.001.08}, {@code MT940 (BRI)}, {@code pos-payout-report}, or
 *                what was seen when unknown
 * @param dialect the MT940 dialect, or {@code null}
 * @param reason  for {@link Family#UNKNOWN}, why it was not recognised; otherwise {@code null}
 */
public record InboundFormat(Family family, String name, Mt940Dialect dialect, String reason) {

    /** Kinds of inbound file. */
    public enum Family {
        PAIN_002("pain.002", "payment status report"),
        CAMT_053("camt.053", "bank-to-customer statement"),
        CAMT_054("camt.054", "debit/credit notification"),
        MT940("MT940", "customer statement"),
        MT942("MT942", "interim transaction report"),
        POS_PAYOUT_REPORT(PosPayoutReport.FORMAT, "PT Pos payout report"),
        CLAIM_REPORT(ClaimReport.FORMAT, "bank claim (withdrawal) report"),
        PAIN_001("pain.001", "a payment initiation, not a statement"),
        UNKNOWN("unknown", "not a recognised inbound format");

        private final String messageType;
        private final String description;

        Family(String messageType, String description) {
            this.messageType = messageType;
            this.description = description;
        }

        /** The message type without version, such as {@code camt.053}. */
        public String messageType() {
            return messageType;
        }

        /** What such a file is, in words. */
        public String description() {
            return description;
        }
    }

    static InboundFormat unknown(String seen, String reason) {
        return new InboundFormat(Family.UNKNOWN, seen, null, reason);
    }
}
