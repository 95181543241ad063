package id.bansos.ledger.program;

import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.EntitlementLine;
import id.bansos.ledger.kpm.EntitlementStatus;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.HouseholdTimeline;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.MemberStatus;
import id.bansos.ledger.kpm.ProgramEnrolment;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes one household's entitlement to one program in one period from the program rules. PKH counts the components
 * of living members, at most {@code maxComponents}, the highest-valued first.
 */
public final class EntitlementCalculator {

    private EntitlementCalculator() {
    }

    /** The entitlement, or empty when the household is not enrolled or the program pays nothing in the period. */
    public static Optional<Entitlement> compute(HouseholdRecord household, String program, YearMonth period,
                                                ProgramRules rules) {
        Optional<ProgramEnrolment> enrolment = household.programs().stream()
                .filter(p -> p.program().equals(program)).findFirst();
        if (enrolment.isEmpty() || !rules.pays(program, period)) {
            return Optional.empty();
        }
        ProgramRule rule = rules.program(program).orElseThrow();
        List<EntitlementLine> lines = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        long amount = switch (rule.basis()) {
            case COMPONENTS -> components(household, rule, lines, reasons);
            case FLAT_PER_MONTH -> {
                long total = Math.multiplyExact(rule.monthlyAmount(), rule.monthsPerPayment());
                lines.add(new EntitlementLine(rule.code() + " " + HouseholdTimeline.rupiah(rule.monthlyAmount())
                        + " x " + rule.monthsPerPayment() + " months", null, total, true));
                yield total;
            }
            case FLAT -> {
                lines.add(new EntitlementLine(rule.code() + " flat amount", null, rule.amount(), true));
                yield rule.amount();
            }
        };
        if (pengurusDeceased(household)) {
            reasons.add(0, "pengurus deceased: change of pengurus required");
        }
        if (household.desil() > rule.maxDesil()) {
            reasons.add("desil " + household.desil() + " above the program's limit of " + rule.maxDesil());
        }
        Long sk = enrolment.get().skAmount();
        if (sk != null && sk != amount) {
            reasons.add("amount in SK " + HouseholdTimeline.rupiah(sk) + " differs from computed "
                    + HouseholdTimeline.rupiah(amount));
        }
        EntitlementStatus status = reasons.isEmpty() ? EntitlementStatus.ELIGIBLE : EntitlementStatus.HELD;
        return Optional.of(new Entitlement(program, period, amount, status, reasons, rules.version(), lines));
    }

    private static long components(HouseholdRecord household, ProgramRule rule, List<EntitlementLine> lines,
                                   List<String> reasons) {
        List<Member> eligible = household.members().stream()
                .filter(m -> m.status() == MemberStatus.ALIVE && m.component() != null
                        && rule.componentAmounts().containsKey(m.component()))
                .sorted(Comparator.comparingLong((Member m) -> rule.componentAmounts().get(m.component())).reversed()
                        .thenComparing(m -> m.nik().value()))
                .toList();
        long total = 0;
        for (int i = 0; i < eligible.size(); i++) {
            Member m = eligible.get(i);
            long value = rule.componentAmounts().get(m.component());
            boolean counted = i < rule.maxComponents();
            lines.add(new EntitlementLine(m.component().name(), m.nik().masked(), value, counted));
            if (counted) {
                total += value;
            }
        }
        if (total == 0) {
            reasons.add("no " + rule.code() + " component among the living members");
        }
        return total;
    }

    private static boolean pengurusDeceased(HouseholdRecord household) {
        return household.members().stream()
                .anyMatch(m -> m.nik().equals(household.pengurusNik()) && m.status() == MemberStatus.DECEASED);
    }
}
