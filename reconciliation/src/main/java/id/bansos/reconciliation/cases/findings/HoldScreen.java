package id.bansos.reconciliation.cases.findings;

import id.bansos.disbursement.cycle.PreExportScreen;
import id.bansos.reconciliation.cases.FlagRules;
import id.bansos.reconciliation.cases.FlagType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The checks before export that the flag rules make blocking: a household whose open case holds a blocking flag; a
 * NIK, No. KK or bank account shared with another household of the cycle; a household already paid in a program that
 * excludes this one. A household an investigator cleared as a false positive for that type is not held for it again.
 */
public class HoldScreen implements PreExportScreen {

    private static final List<FlagType> SHARED = List.of(FlagType.DUPLICATE_NIK, FlagType.DUPLICATE_KK,
            FlagType.SHARED_ACCOUNT);

    private final Jdbi jdbi;
    private final FlagRules rules;
    private final SharedNumbers shared;

    public HoldScreen(Jdbi jdbi, FlagRules rules) {
        this.jdbi = jdbi;
        this.rules = rules;
        this.shared = new SharedNumbers(jdbi);
    }

    @Override
    public List<Hold> screen(String program, YearMonth period, Map<String, List<String>> candidates) {
        Set<String> pending = candidates.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<String, Hold> holds = new LinkedHashMap<>();
        openBlockingCases(pending).forEach(h -> holds.putIfAbsent(h.householdId(), h));
        for (FlagType type : SHARED) {
            if (rules.blocking(type)) {
                Set<String> cleared = Clearances.of(jdbi, type);
                for (SharedNumbers.Group group : shared.amongCycle(type, period)) {
                    for (String household : group.households()) {
                        if (pending.contains(household) && !cleared.contains(household)) {
                            holds.putIfAbsent(household, new Hold(household, type.name(), "the same "
                                    + FlagEvidence.what(type) + " " + group.masked() + " is in " + group.scope()
                                    + " for " + FlagEvidence.others(group.households(), household)
                                    + "; held until an investigator clears it"));
                        }
                    }
                }
            }
        }
        if (rules.blocking(FlagType.PROGRAM_OVERLAP)) {
            overlaps(program, period, pending).forEach(h -> holds.putIfAbsent(h.householdId(), h));
        }
        return new ArrayList<>(holds.values());
    }

    private List<Hold> openBlockingCases(Set<String> pending) {
        List<String> blocking = new ArrayList<>();
        for (FlagType type : FlagType.values()) {
            if (rules.blocking(type)) {
                blocking.add(type.name());
            }
        }
        if (blocking.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT DISTINCT ON (f.household_id) f.household_id, f.type, c.case_id
                        FROM case_flag f JOIN investigation_case c ON c.case_id = f.case_id
                        WHERE c.status = 'OPEN' AND f.household_id IS NOT NULL AND f.type IN (<types>)
                        ORDER BY f.household_id, f.raised_at""")
                .bindList("types", blocking)
                .map((rs, ctx) -> new Hold(rs.getString(1), rs.getString(2), "case " + rs.getString(3)
                        + " is open with a blocking " + rs.getString(2) + " flag; held until it is resolved"))
                .filter(hold -> pending.contains(hold.householdId()))
                .list());
    }

    private List<Hold> overlaps(String program, YearMonth period, Set<String> pending) {
        Set<String> excluding = new HashSet<>();
        for (Set<String> pair : rules.exclusivePrograms()) {
            if (pair.contains(program)) {
                pair.stream().filter(p -> !p.equals(program)).forEach(excluding::add);
            }
        }
        if (excluding.isEmpty()) {
            return List.of();
        }
        Set<String> cleared = Clearances.of(jdbi, FlagType.PROGRAM_OVERLAP);
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT DISTINCT ON (household_id) household_id, program, reference FROM payment_line
                        WHERE period = :period AND program IN (<programs>)
                          AND status NOT IN ('RELEASED', 'REISSUABLE', 'REJECTED', 'RETURNED')
                        ORDER BY household_id, program""")
                .bind("period", period.toString()).bindList("programs", List.copyOf(excluding))
                .map((rs, ctx) -> new Hold(rs.getString(1), FlagType.PROGRAM_OVERLAP.name(), program
                        + " must not be paid with " + rs.getString(2) + ", already paid as " + rs.getString(3)
                        + " in " + period + "; held until an investigator clears it"))
                .filter(hold -> pending.contains(hold.householdId()) && !cleared.contains(hold.householdId()))
                .list());
    }
}
