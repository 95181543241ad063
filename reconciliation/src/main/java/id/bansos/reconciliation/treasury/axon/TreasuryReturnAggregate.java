package id.bansos.reconciliation.treasury.axon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.bansos.reconciliation.treasury.DepositRecorded;
import id.bansos.reconciliation.treasury.TreasuryDecisions;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The returned money of one program, period and channel on its way to kas negara: a thin adapter applying
 * {@link TreasuryDecisions}. Deposits of one key are serialised here, so two officers cannot deposit the same money.
 */
@AggregateRoot(type = "TreasuryReturn")
public class TreasuryReturnAggregate {

    @AggregateIdentifier
    private String accountId;
    private final Set<String> ntpns = new HashSet<>();
    private long deposited;

    /** Used by Axon to rebuild it from its events. */
    public TreasuryReturnAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDeposit c) {
        TreasuryDecisions.deposit(c.accountId(), c.program(), c.period(), c.channel(), ntpns,
                        c.awaitingDeposit(), c.ntpn(), c.amount(), c.depositedOn(), c.user())
                .forEach(e -> apply(e));
    }

    @EventSourcingHandler
    void on(DepositRecorded e) {
        accountId = e.accountId();
        ntpns.add(e.ntpn());
        deposited += e.amount();
    }
}
