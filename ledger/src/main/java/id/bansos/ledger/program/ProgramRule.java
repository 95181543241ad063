package id.bansos.ledger.program;

import id.bansos.ledger.kpm.PkhComponent;
import java.util.List;
import java.util.Map;

/**
 * One program's rule for one year, as data.
 *
 * @param paymentMonths     the months (1-12) in which the program pays; a tahap is named by its payment month
 * @param maxDesil          the highest desil the program pays
 * @param maxComponents     COMPONENTS: how many components count at most (the highest-valued ones)
 * @param componentAmounts  COMPONENTS: whole rupiah per component per payment
 * @param monthlyAmount     FLAT_PER_MONTH: whole rupiah per month
 * @param monthsPerPayment  FLAT_PER_MONTH: months paid at once
 * @param amount            FLAT: whole rupiah per payment
 */
public record ProgramRule(String code, String name, Basis basis, List<Integer> paymentMonths, int maxDesil,
                          Integer maxComponents, Map<PkhComponent, Long> componentAmounts, Long monthlyAmount,
                          Integer monthsPerPayment, Long amount) {

    /** How a program's amount is computed. */
    public enum Basis {
        /** Sum over the household's components (PKH). */
        COMPONENTS,
        /** A monthly rate times the months paid at once (Sembako). */
        FLAT_PER_MONTH,
        /** The same amount for every household (BLT). */
        FLAT
    }

    public ProgramRule {
        paymentMonths = paymentMonths == null ? List.of() : List.copyOf(paymentMonths);
        componentAmounts = componentAmounts == null ? Map.of() : Map.copyOf(componentAmounts);
    }

    /** Checks the rule is complete for its basis; throws with the program and field otherwise. */
    void validate(int year) {
        String where = "program rules " + year + ", program " + code + ": ";
        if (code == null || !code.matches("[A-Z]{2,16}")) {
            throw new IllegalArgumentException(where + "code must be 2-16 capital letters");
        }
        if (basis == null) {
            throw new IllegalArgumentException(where + "basis is required (COMPONENTS, FLAT_PER_MONTH or FLAT)");
        }
        if (paymentMonths.stream().anyMatch(m -> m < 1 || m > 12)) {
            throw new IllegalArgumentException(where + "payment months must be 1-12");
        }
        if (maxDesil < 1 || maxDesil > 10) {
            throw new IllegalArgumentException(where + "maxDesil must be 1-10");
        }
        switch (basis) {
            case COMPONENTS -> {
                if (maxComponents == null || maxComponents < 1 || componentAmounts.isEmpty()
                        || componentAmounts.values().stream().anyMatch(a -> a == null || a <= 0)) {
                    throw new IllegalArgumentException(
                            where + "COMPONENTS needs maxComponents and positive componentAmounts");
                }
            }
            case FLAT_PER_MONTH -> {
                if (monthlyAmount == null || monthlyAmount <= 0 || monthsPerPayment == null || monthsPerPayment < 1) {
                    throw new IllegalArgumentException(
                            where + "FLAT_PER_MONTH needs a positive monthlyAmount and monthsPerPayment");
                }
            }
            case FLAT -> {
                if (amount == null || amount <= 0) {
                    throw new IllegalArgumentException(where + "FLAT needs a positive amount");
                }
            }
            default -> throw new IllegalStateException();
        }
    }
}
