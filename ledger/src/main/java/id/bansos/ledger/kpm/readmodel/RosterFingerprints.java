package id.bansos.ledger.kpm.readmodel;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The last roster input applied to each household, as a hash. Lets an import skip households whose line and computed
 * entitlements did not change, without loading them. Written in the transaction that records the household's events,
 * so a fingerprint never claims more than the event store holds.
 */
public class RosterFingerprints {

    private final Jdbi jdbi;

    public RosterFingerprints(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What is known of some households: their fingerprint, and whether they are on the roster. */
    public Map<String, Known> find(Collection<String> householdIds) {
        Map<String, Known> known = new HashMap<>();
        if (householdIds.isEmpty()) {
            return known;
        }
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT household_id, fingerprint, on_roster FROM roster_fingerprint
                        WHERE household_id = ANY(:ids)""")
                .bindArray("ids", String.class, householdIds)
                .map((rs, ctx) -> new Known(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .forEach(k -> known.put(k.householdId(), k)));
        return known;
    }

    /** Records the inputs just applied. */
    public void applied(Map<String, String> fingerprintByHousehold) {
        if (fingerprintByHousehold.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO roster_fingerprint (household_id, fingerprint, on_roster) VALUES (:id, :fp, TRUE)
                    ON CONFLICT (household_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, on_roster = TRUE""");
            fingerprintByHousehold.forEach((id, fp) -> batch.bind("id", id).bind("fp", fp).add());
            batch.execute();
        });
    }

    /** Records households dropped from the roster; their next roster line is applied whatever it says. */
    public void dropped(List<String> householdIds) {
        if (householdIds.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE roster_fingerprint SET on_roster = FALSE, fingerprint = ''
                        WHERE household_id = ANY(:ids)""")
                .bindArray("ids", String.class, householdIds).execute());
    }


    /**
     * What is known of one household.
     *
     * @param fingerprint the hash of the last input applied; empty when it must be applied again
     */
    public record Known(String householdId, String fingerprint, boolean onRoster) {
    }
}
