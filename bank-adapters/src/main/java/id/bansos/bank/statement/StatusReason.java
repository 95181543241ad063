package id.bansos.bank.statement;

import java.util.List;

/**
 * A reason given with a payment status ({@code StsRsnInf}).
 *
 * @param code           ExternalStatusReason1Code ({@code AC01}, {@code AC04}, {@code AC06}, {@code MD07} …) or a
 *                       proprietary code; {@code null} when only text was given
 * @param proprietary    whether {@code code} is proprietary ({@code Rsn/Prtry})
 * @param additionalInfo the bank's {@code AddtlInf} lines
 */
public record StatusReason(String code, boolean proprietary, List<String> additionalInfo) {

    public StatusReason {
        additionalInfo = List.copyOf(additionalInfo);
    }

    /** The ISO meaning of the code, or {@code null} when unknown or proprietary. */
    public String description() {
        return proprietary ? null : ReasonCodes.describe(code);
    }
}
