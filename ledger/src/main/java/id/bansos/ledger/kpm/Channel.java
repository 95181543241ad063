package id.bansos.ledger.kpm;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How a household is paid: into a Himbara bank account, or in cash by PT Pos. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = Channel.Bank.class, name = "BANK"),
        @JsonSubTypes.Type(value = Channel.Pos.class, name = "POS")})
public sealed interface Channel permits Channel.Bank, Channel.Pos {

    /** BRI, BNI, MANDIRI, BTN, BSI or POS. */
    String code();

    /** A bank account (with its KKS card number when known). {@link #toString()} shows only the last four digits. */
    record Bank(String bankCode, String accountNumber, String kksNumber) implements Channel {
        @Override
        public String code() {
            return bankCode;
        }

        @Override
        public String toString() {
            return "Bank[" + bankCode + " ****" + lastFour(accountNumber) + (kksNumber == null ? "" : ", KKS ****"
                    + lastFour(kksNumber)) + "]";
        }

        private static String lastFour(String digits) {
            return digits == null ? "" : digits.substring(Math.max(0, digits.length() - 4));
        }
    }

    /** Cash through PT Pos. */
    record Pos() implements Channel {
        @Override
        public String code() {
            return "POS";
        }
    }
}
