package id.bansos.reconciliation.cases;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How each kind of flag is raised, kept as configuration: whether it is raised at all, whether it blocks (a blocking
 * flag holds the household out of the next batches while its case is open, and a duplicate found before export is
 * held out of the batch), and the thresholds.
 *
 * @param rules             per type; a type not listed is raised and informational
 * @param unclaimedDays     days after the credit within which the bank's claim report must show a withdrawal
 * @param maxDesil          the highest desil paid without a flag
 * @param depositDays       days returned money may wait before it must be deposited to kas negara
 * @param exclusivePrograms pairs of programs one household must not be paid together in one period
 * @param posCollectionDays days a KPM may collect at PT Pos from the first day; a payout PT Pos has reported nothing
 *                          on after that is unclaimed
 */
public record FlagRules(Map<FlagType, Rule> rules, int unclaimedDays, int maxDesil, int depositDays,
                        List<Set<String>> exclusivePrograms, int posCollectionDays) {

    /** One type's rule. */
    public record Rule(boolean enabled, boolean blocking) {
    }

    public FlagRules {
        rules = rules.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(rules));
        exclusivePrograms = List.copyOf(exclusivePrograms);
        if (unclaimedDays < 1 || depositDays < 1 || posCollectionDays < 1) {
            throw new IllegalArgumentException("unclaimed days (" + unclaimedDays + "), deposit days ("
                    + depositDays + ") and PT Pos collection days (" + posCollectionDays + ") are at least 1");
        }
        if (maxDesil < 1 || maxDesil > 10) {
            throw new IllegalArgumentException("max desil is 1-10, not " + maxDesil);
        }
        for (Set<String> pair : exclusivePrograms) {
            if (pair.size() != 2) {
                throw new IllegalArgumentException("an exclusive pair names two programs, not " + pair);
            }
        }
    }

    /**
     * The defaults: every type raised; duplicates of NIK, KK and account, double payments, programme overlaps and a
     * death reported by the bank block; 90 days to withdraw (BNI blocks an account idle for 90 days); desil up to 4;
     * 30 days to deposit; no exclusive programs; 14 days to collect at PT Pos.
     */
    public static FlagRules defaults() {
        Map<FlagType, Rule> rules = new EnumMap<>(FlagType.class);
        for (FlagType type : List.of(FlagType.DUPLICATE_NIK, FlagType.DUPLICATE_KK, FlagType.SHARED_ACCOUNT,
                FlagType.DOUBLE_PAYMENT, FlagType.PROGRAM_OVERLAP, FlagType.DECEASED)) {
            rules.put(type, new Rule(true, true));
        }
        return new FlagRules(rules, 90, 4, 30, List.of(), 14);
    }

    /** Whether flags of this type are raised. */
    public boolean enabled(FlagType type) {
        return rule(type).enabled();
    }

    /** Whether an open flag of this type holds the household out of batches. */
    public boolean blocking(FlagType type) {
        Rule rule = rule(type);
        return rule.enabled() && rule.blocking();
    }

    /** The same rules with one type's rule replaced. */
    public FlagRules with(FlagType type, Rule rule) {
        Map<FlagType, Rule> more = new EnumMap<>(FlagType.class);
        more.putAll(rules);
        more.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(rule, "rule"));
        return new FlagRules(more, unclaimedDays, maxDesil, depositDays, exclusivePrograms, posCollectionDays);
    }

    private Rule rule(FlagType type) {
        return rules.getOrDefault(type, new Rule(true, false));
    }
}
