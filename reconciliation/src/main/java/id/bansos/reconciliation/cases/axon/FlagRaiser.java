package id.bansos.reconciliation.cases.axon;

import id.bansos.ledger.kpm.axon.StreamPrefetch;
import id.bansos.reconciliation.cases.Flag;
import id.bansos.reconciliation.cases.axon.CaseCommands.RaiseFlags;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Raises a scan's flags many at a time: the cases of a chunk of flags are read in one go and their events appended in
 * one unit of work, a case that does not exist yet being opened by its first flag.
 */
public class FlagRaiser {

    private final Repository<CaseAggregate> cases;
    private final StreamPrefetch prefetch;

    /**
     * @param prefetch reads the chunk's case streams in one go before they are loaded one by one
     */
    public FlagRaiser(Repository<CaseAggregate> cases, StreamPrefetch prefetch) {
        this.cases = cases;
        this.prefetch = prefetch;
    }

    /** Raises the flags; returns how many were given. */
    @CommandHandler
    public int handle(RaiseFlags command) throws Exception {
        prefetch.prefetch(command.flags().stream().map(Flag::caseId).distinct().toList());
        for (Flag flag : command.flags()) {
            cases.loadOrCreate(flag.caseId(), CaseAggregate::new)
                    .execute(aggregate -> aggregate.raise(flag.caseId(), flag, command.user()));
        }
        return command.flags().size();
    }
}
