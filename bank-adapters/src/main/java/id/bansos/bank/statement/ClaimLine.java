package id.bansos.bank.statement;

import java.time.OffsetDateTime;

/**
 * One line of a bank claim/withdrawal report: a credited payment the KPM withdrew.
 *
 * @param lineNumber   the line in the file (0 when written, not read)
 * @param reference    our payment reference
 * @param account      the KPM account it was credited to
 * @param amountRupiah the payment's amount, whole rupiah
 * @param withdrawnAt  when it was withdrawn, with its offset
 */
public record ClaimLine(int lineNumber, String reference, String account, long amountRupiah,
                        OffsetDateTime withdrawnAt) {
}
