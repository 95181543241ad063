package id.bansos.reconciliation.treasury;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** Deposits of returned money to kas negara, as pure functions. */
public final class TreasuryDecisions {

    private TreasuryDecisions() {
    }

    /**
     * Records a deposit of returned money. The same NTPN again records nothing; a deposit larger than the returned
     * money not yet deposited is refused.
     *
     * @param recordedNtpns   the deposits already recorded for this program, period and channel
     * @param awaitingDeposit returned money not yet deposited, whole rupiah
     */
    public static List<DepositRecorded> deposit(String accountId, String program, YearMonth period, String channel,
                                                Set<String> recordedNtpns, long awaitingDeposit, String ntpn,
                                                long amount, LocalDate depositedOn, String user) {
        if (user == null || user.isBlank()) {
            throw new DepositRefused("the acting user must be named");
        }
        if (ntpn == null || !ntpn.matches("[0-9A-Z]{16}")) {
            throw new DepositRefused("an NTPN is 16 letters or digits, not '" + ntpn + "'");
        }
        if (recordedNtpns.contains(ntpn)) {
            return List.of();
        }
        if (amount <= 0) {
            throw new DepositRefused("a deposit is a positive amount of rupiah, not " + amount);
        }
        if (amount > awaitingDeposit) {
            throw new DepositRefused("Rp " + amount + " is more than the Rp " + awaitingDeposit + " of " + program + " "
                    + period + " " + channel + " returned and not yet deposited");
        }
        return List.of(new DepositRecorded(accountId, program, period, channel, ntpn, amount, depositedOn, user));
    }
}
