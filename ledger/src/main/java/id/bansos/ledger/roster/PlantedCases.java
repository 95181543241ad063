package id.bansos.ledger.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * What a generated roster holds on purpose, so tests and the simulator can check that every planted case is flagged.
 * For duplicates, each entry pairs the planted household with the household it copies.
 */
public record PlantedCases(List<String> deceasedPengurus, List<String> deceasedMember, List<Pair> duplicateNik,
                           List<Pair> duplicateKk, List<Pair> sharedAccount) {

    /** An empty record to fill while generating. */
    public static PlantedCases empty() {
        return new PlantedCases(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
    }

    /** A planted household and the earlier household it copies. */
    public record Pair(String householdId, String copiesHouseholdId) {
    }
}
