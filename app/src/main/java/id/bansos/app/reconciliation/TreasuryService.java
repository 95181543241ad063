package id.bansos.app.reconciliation;

import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.trail.Account;
import id.bansos.reconciliation.trail.TrailKey;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import id.bansos.reconciliation.treasury.axon.RecordDeposit;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Records deposits of returned money to kas negara, checked against what the money trail shows as returned and not
 * yet deposited at the moment of recording.
 */
@Service
public class TreasuryService {

    private final CommandGateway commands;
    private final TrailPostings postings;
    private final ReadModels readModels;

    public TreasuryService(CommandGateway commands, TrailPostings postings, ReadModels readModels) {
        this.commands = commands;
        this.postings = postings;
        this.readModels = readModels;
    }

    /** Records a deposit with its NTPN; the same NTPN again records nothing. */
    public void deposit(String program, YearMonth period, String channel, String ntpn, long amount,
                        LocalDate depositedOn, String user) {
        readModels.awaitCaughtUp(Duration.ofMinutes(5));
        long awaiting = postings.trail(program, period)
                .balance(new TrailKey(program, period, channel), Account.RETURNED);
        commands.sendAndWait(new RecordDeposit(program + "-" + period + "-" + channel, program, period, channel,
                awaiting, ntpn, amount, depositedOn, user));
    }
}
