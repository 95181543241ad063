package id.bansos.reconciliation.cases.findings;

import id.bansos.reconciliation.cases.FlagType;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** The households an investigator cleared as false positives, per type of flag. */
final class Clearances {

    private Clearances() {
    }

    static Set<String> of(Jdbi jdbi, FlagType type) {
        return Set.copyOf(jdbi.withHandle(h -> h.createQuery(
                        "SELECT household_id FROM case_clearance WHERE type = :type")
                .bind("type", type.name()).mapTo(String.class).list()));
    }
}
