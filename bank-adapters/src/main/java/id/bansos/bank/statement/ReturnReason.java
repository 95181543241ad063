package id.bansos.bank.statement;

/**
 * Why a payment came back (camt {@code RtrInf}, MT940 return items).
 *
 * @param code           ISO ExternalReturnReason1Code ({@code AC04}, {@code MD07} …) or a proprietary code;
 *                       {@code null} when the bank gave none
 * @param proprietary    whether {@code code} is proprietary ({@code Rsn/Prtry})
 * @param additionalInfo the bank's words, or {@code null}
 */
public record ReturnReason(String code, boolean proprietary, String additionalInfo) {

    /** The ISO meaning of the code, or {@code null} when unknown or proprietary. */
    public String description() {
        return proprietary ? null : ReasonCodes.describe(code);
    }
}
