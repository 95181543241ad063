package id.bansos.disbursement.cycle;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The checks a cycle runs before it schedules anyone: the households found here are held out of the batch, each with
 * its reason and the rule that held it, for an investigator to clear.
 */
@FunctionalInterface
public interface PreExportScreen {

    /** A household held out of the batch by a rule. */
    record Hold(String householdId, String rule, String reason) {
    }

    /**
     * Screens the households about to be scheduled.
     *
     * @param candidates household ids by channel, as the cycle is about to schedule them
     */
    List<Hold> screen(String program, YearMonth period, Map<String, List<String>> candidates);

    /** Holds nobody. */
    PreExportScreen NONE = (program, period, candidates) -> List.of();
}
