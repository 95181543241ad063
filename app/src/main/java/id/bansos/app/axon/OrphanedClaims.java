package id.bansos.app.axon;

import id.bansos.bank.exchange.ProcessOwner;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * Hands back, as the ledger starts and before its event processors do, the segments claimed by processes of this
 * host that are no longer running (a command or node killed or crashed), so that they are taken over at once rather
 * than after the claim timeout. Claims of other hosts' processes are left to the timeout.
 */
@Component
@DependsOnDatabaseInitialization
public class OrphanedClaims {

    private static final Logger log = LoggerFactory.getLogger(OrphanedClaims.class);

    public OrphanedClaims(Jdbi jdbi) {
        release(jdbi);
    }

    /** Releases the claims of ended processes of this host; answers how many segments were released. */
    static int release(Jdbi jdbi) {
        List<Map<String, Object>> owners = jdbi.withHandle(h -> h.createQuery("""
                        SELECT owner, MAX("timestamp") AS last_seen FROM token_entry WHERE owner IS NOT NULL
                        GROUP BY owner""").mapToMap().list());
        int released = 0;
        for (Map<String, Object> claim : owners) {
            String owner = (String) claim.get("owner");
            Optional<Instant> lastSeen = lastSeen(claim.get("last_seen"));
            if (lastSeen.isPresent()
                    && ProcessOwner.parse(owner).filter(o -> o.endedAfter(lastSeen.get())).isPresent()) {
                int segments = jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE token_entry SET owner = NULL WHERE owner = :owner").bind("owner", owner).execute());
                log.info("Released {} segments claimed by {}, a process of this host that has ended", segments, owner);
                released += segments;
            }
        }
        return released;
    }

    /** When the claim was last extended; empty when the store does not say in a form this reads. */
    private static Optional<Instant> lastSeen(Object timestamp) {
        try {
            return Optional.of(Instant.parse(String.valueOf(timestamp)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
