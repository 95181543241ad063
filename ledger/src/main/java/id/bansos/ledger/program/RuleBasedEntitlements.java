package id.bansos.ledger.program;

import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.EntitlementPolicy;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.ProgramEnrolment;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Entitlements from the yearly program rules; rules are loaded once per year and kept. */
public final class RuleBasedEntitlements implements EntitlementPolicy {

    private final Path rulesDirectory;
    private final Map<Integer, ProgramRules> byYear = new ConcurrentHashMap<>();

    /** Rules from the classpath, overridden by {@code rulesDirectory/YYYY.json} when it exists (may be null). */
    public RuleBasedEntitlements(Path rulesDirectory) {
        this.rulesDirectory = rulesDirectory;
    }

    @Override
    public List<Entitlement> entitlementsFor(HouseholdRecord household, YearMonth period) {
        ProgramRules rules = rules(period.getYear());
        List<Entitlement> entitlements = new ArrayList<>();
        for (ProgramEnrolment enrolment : household.programs()) {
            EntitlementCalculator.compute(household, enrolment.program(), period, rules).ifPresent(entitlements::add);
        }
        return entitlements;
    }

    /** The rules of a year; fails clearly when the year has no rules file. */
    public ProgramRules rules(int year) {
        return byYear.computeIfAbsent(year, y -> ProgramRules.load(y, rulesDirectory));
    }

    /** Every program code the given years' rules know. */
    public Set<String> programCodes(int... years) {
        Set<String> codes = new TreeSet<>();
        for (int year : years) {
            rules(year).programs().forEach(p -> codes.add(p.code()));
        }
        return codes;
    }
}
