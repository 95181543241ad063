package id.bansos.reconciliation.treasury.axon;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a deposit of returned money to kas negara for one program, period and channel.
 *
 * @param accountId       {@code <program>-<period>-<channel>}
 * @param awaitingDeposit returned money not yet deposited, as the money trail shows it now
 */
public record RecordDeposit(@TargetAggregateIdentifier String accountId, String program, YearMonth period,
                            String channel, long awaitingDeposit, String ntpn, long amount, LocalDate depositedOn,
                            String user) {
}
