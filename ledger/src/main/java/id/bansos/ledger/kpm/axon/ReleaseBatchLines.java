package id.bansos.ledger.kpm.axon;

import java.util.List;

/** Take payment lines out of their batch before export (e.g. the batch is rebuilt), with the reason. */
public record ReleaseBatchLines(String batchId, List<Line> lines, String reason) {

    /** One line: the household and its payment reference. */
    public record Line(String householdId, String reference) {
    }
}
