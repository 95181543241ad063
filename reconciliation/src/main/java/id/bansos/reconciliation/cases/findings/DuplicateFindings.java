package id.bansos.reconciliation.cases.findings;

import id.bansos.reconciliation.cases.Flag;
import id.bansos.reconciliation.cases.FlagType;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Households paid although they share a number with another household paid in the period: a member's NIK, a No. KK,
 * a bank account. Each household of a group gets its own flag naming the others.
 */
public class DuplicateFindings {

    private final SharedNumbers numbers;

    public DuplicateFindings(Jdbi jdbi) {
        this.numbers = new SharedNumbers(jdbi);
    }

    /** Every such household, once per number and scope. */
    public List<Flag> find() {
        List<Flag> flags = new ArrayList<>();
        for (FlagType type : List.of(FlagType.DUPLICATE_NIK, FlagType.DUPLICATE_KK, FlagType.SHARED_ACCOUNT)) {
            for (SharedNumbers.Group group : numbers.amongPaid(type)) {
                for (String household : group.households()) {
                    flags.add(Flag.onHousehold(type, household, group.channel(), type + " " + group.masked() + " "
                            + group.period() + " " + household, 0, "the same " + FlagEvidence.what(type) + " "
                            + group.masked() + " is paid in " + group.scope() + " to " + household + " and to "
                            + FlagEvidence.others(group.households(), household)));
                }
            }
        }
        return flags;
    }
}
