package id.bansos.app.cycle;

import id.bansos.bank.simulator.Decision;
import id.bansos.bank.simulator.Outcome;
import id.bansos.ledger.roster.PlantedCases;
import id.bansos.reconciliation.cases.FlagType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks the flags raised against what was planted: the roster generator's duplicates and deaths, and what the
 * simulated banks and PT Pos did (double credits, unclaimed money, returns, deaths reported, payouts without proof).
 * For each type it lists what was expected and not flagged, and what was flagged and not expected.
 */
public final class PlantCheck {

    private static final int SHOWN = 10;

    private PlantCheck() {
    }

    /**
     * One type's comparison.
     *
     * @param subject    what is compared: {@code household} or {@code payment}
     * @param missing    expected and not flagged (at most ten shown)
     * @param unexpected flagged and not expected (at most ten shown)
     */
    public record Line(String subject, int expected, int flagged, int missingCount, List<String> missing,
                       int unexpectedCount, List<String> unexpected) {
    }

    /**
     * The comparison per type, for the period's cycle.
     *
     * @param deceased the households the generated roster has a deceased member in: those planted, and those a
     *                 planted duplicate NIK copied a deceased member into
     */
    public static Map<FlagType, Line> of(Jdbi jdbi, YearMonth period, PlantedCases planted, Set<String> deceased,
                                         List<Decision> truth) {
        Set<String> eligible = new HashSet<>(jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT household_id FROM entitlement WHERE period = :p AND status = 'ELIGIBLE'")
                .bind("p", period.toString()).mapTo(String.class).list()));
        Map<String, String> households = jdbi.withHandle(h -> h.createQuery(
                        "SELECT reference, household_id FROM payment_line WHERE period = :p")
                .bind("p", period.toString()).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<FlagType, Line> lines = new LinkedHashMap<>();
        lines.put(FlagType.DUPLICATE_NIK, households(jdbi, FlagType.DUPLICATE_NIK,
                pairs(planted.duplicateNik(), eligible)));
        lines.put(FlagType.DUPLICATE_KK, households(jdbi, FlagType.DUPLICATE_KK,
                pairs(planted.duplicateKk(), eligible)));
        lines.put(FlagType.SHARED_ACCOUNT, households(jdbi, FlagType.SHARED_ACCOUNT,
                pairs(planted.sharedAccount(), eligible)));
        Set<String> dead = new TreeSet<>(deceased);
        truth.stream().filter(d -> d.reason() != null && (d.reason().equals("MD07")
                        || d.reason().toLowerCase().contains("meninggal")))
                .forEach(d -> dead.add(households.get(d.reference())));
        lines.put(FlagType.DECEASED, households(jdbi, FlagType.DECEASED, dead));
        lines.put(FlagType.DOUBLE_CREDIT, payments(jdbi, FlagType.DOUBLE_CREDIT, references(truth,
                Outcome.DOUBLE_CREDITED)));
        lines.put(FlagType.UNCLAIMED, payments(jdbi, FlagType.UNCLAIMED, references(truth, Outcome.UNCLAIMED_SWEPT,
                Outcome.POS_NOT_COLLECTED)));
        lines.put(FlagType.RETURNED_TO_DEPOSIT, payments(jdbi, FlagType.RETURNED_TO_DEPOSIT, references(truth,
                Outcome.REJECTED, Outcome.RETURNED)));
        lines.put(FlagType.POS_NO_PROOF, payments(jdbi, FlagType.POS_NO_PROOF, truth.stream()
                .filter(d -> !d.missingProof().isEmpty()).map(Decision::reference).collect(Collectors.toSet())));
        return lines;
    }

    /** Whether every planted case was flagged and nothing else of those types. */
    public static boolean exact(Map<FlagType, Line> lines) {
        return lines.values().stream().allMatch(l -> l.missingCount() == 0 && l.unexpectedCount() == 0);
    }

    private static Set<String> pairs(List<PlantedCases.Pair> pairs, Set<String> eligible) {
        Set<String> expected = new TreeSet<>();
        for (PlantedCases.Pair pair : pairs) {
            if (eligible.contains(pair.householdId()) && eligible.contains(pair.copiesHouseholdId())) {
                expected.add(pair.householdId());
                expected.add(pair.copiesHouseholdId());
            }
        }
        return expected;
    }

    private static Set<String> references(List<Decision> truth, Outcome... outcomes) {
        Set<Outcome> wanted = Set.of(outcomes);
        return truth.stream().filter(d -> wanted.contains(d.outcome())).map(Decision::reference)
                .collect(Collectors.toSet());
    }

    private static Line households(Jdbi jdbi, FlagType type, Set<String> expected) {
        return line("household", expected, jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT household_id FROM case_flag WHERE type = :t")
                .bind("t", type.name()).mapTo(String.class).list()));
    }

    private static Line payments(Jdbi jdbi, FlagType type, Set<String> expected) {
        return line("payment", expected, jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT subject FROM case_flag WHERE type = :t")
                .bind("t", type.name()).mapTo(String.class).list()));
    }

    private static Line line(String subject, Set<String> expected, Collection<String> flaggedList) {
        Set<String> flagged = new TreeSet<>(flaggedList);
        List<String> missing = new ArrayList<>(new TreeSet<>(expected));
        missing.removeAll(flagged);
        List<String> unexpected = new ArrayList<>(flagged);
        unexpected.removeAll(expected);
        return new Line(subject, expected.size(), flagged.size(), missing.size(),
                missing.subList(0, Math.min(SHOWN, missing.size())), unexpected.size(),
                unexpected.subList(0, Math.min(SHOWN, unexpected.size())));
    }
}
