package id.bansos.ledger.kpm.axon;

import id.bansos.ledger.kpm.readmodel.RosterFingerprints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Handles {@link ApplyRosterChunk}: loads or creates each household aggregate in one unit of work, so that all their
 * events are appended to the event store in one batch and one transaction, together with the roster fingerprints.
 * If any household in the chunk was changed concurrently, the whole chunk fails and can be retried; nothing is
 * half-applied.
 */
public class RosterChunkHandler {

    private final Repository<HouseholdAggregate> households;
    private final RosterFingerprints fingerprints;
    private final StreamPrefetch prefetch;

    /**
     * @param prefetch reads the event streams of the chunk's known households in one go before they are loaded
     */
    public RosterChunkHandler(Repository<HouseholdAggregate> households, RosterFingerprints fingerprints,
                              StreamPrefetch prefetch) {
        this.households = households;
        this.fingerprints = fingerprints;
        this.prefetch = prefetch;
    }

    /** Applies the chunk; returns the number of events recorded. */
    @CommandHandler
    public int handle(ApplyRosterChunk chunk) throws Exception {
        int events = 0;
        Map<String, String> applied = new LinkedHashMap<>();
        List<String> known = new ArrayList<>(chunk.dropped());
        chunk.lines().stream().filter(ApplyRosterChunk.Line::known).forEach(l -> known.add(l.record().householdId()));
        prefetch.prefetch(known);
        for (ApplyRosterChunk.Line line : chunk.lines()) {
            String id = line.record().householdId();
            if (line.known()) {
                events += households.load(id).invoke(h -> h.applyRoster(line.record(), chunk.period(),
                        line.entitlements(), chunk.importId()));
            } else {
                int[] created = new int[1];
                households.newInstance(() -> {
                    HouseholdAggregate h = new HouseholdAggregate();
                    created[0] = h.applyRoster(line.record(), chunk.period(), line.entitlements(), chunk.importId());
                    return h;
                });
                events += created[0];
            }
            applied.put(id, line.fingerprint());
        }
        for (String id : chunk.dropped()) {
            events += households.load(id).invoke(h -> h.drop(chunk.importId()));
        }
        fingerprints.applied(applied);
        fingerprints.dropped(chunk.dropped());
        return events;
    }
}
