package id.bansos.ledger.kpm.axon;

import java.time.YearMonth;
import java.util.List;

/**
 * Put many households' entitlements for one program and period into a batch, in one unit of work.
 *
 * @param channel the channel the batch pays through; a household now paid otherwise is held out
 */
public record ScheduleBatchLines(String batchId, String program, YearMonth period, String channel,
                                 List<String> householdIds) {
}
