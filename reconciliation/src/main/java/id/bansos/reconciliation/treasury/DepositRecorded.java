package id.bansos.reconciliation.treasury;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Returned money of one program, period and channel was deposited to kas negara.
 *
 * @param ntpn        the treasury's deposit reference (Nomor Transaksi Penerimaan Negara), unique per deposit
 * @param amount      whole rupiah deposited
 * @param depositedOn the date of the deposit
 */
public record DepositRecorded(String accountId, String program, YearMonth period, String channel, String ntpn,
                              long amount, LocalDate depositedOn, String recordedBy) {
}
