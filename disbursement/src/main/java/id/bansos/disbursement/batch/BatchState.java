package id.bansos.disbursement.batch;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A batch as its events leave it. Immutable: {@link #apply} returns the next state.
 *
 * @param approvers       the distinct approvers of the current submission
 * @param approvedDigest  the digest the completed approvals were given on; null until approved
 * @param exportPlan      how the approved batch's files are written; null until export is first planned
 * @param exportedFiles   per file name, the SHA-256 of the file exported under it
 * @param collectedFiles  the names of exported files the bank or PT Pos collected
 */
public record BatchState(String batchId, String program, YearMonth period, String channel, String preparedBy,
                         BatchDigest digest, BatchStatus status, String submittedBy, Set<String> approvers,
                         BatchDigest approvedDigest, Set<String> fundedBy, ExportPlan exportPlan,
                         Map<String, String> exportedFiles, Set<String> collectedFiles) {

    public BatchState {
        approvers = Set.copyOf(approvers);
        fundedBy = Set.copyOf(fundedBy);
        exportedFiles = Map.copyOf(exportedFiles);
        collectedFiles = Set.copyOf(collectedFiles);
    }

    /** The state after the batch's first event. */
    public static BatchState prepared(BatchPrepared e) {
        return new BatchState(e.batchId(), e.program(), e.period(), e.channel(), e.preparedBy(), e.digest(),
                BatchStatus.PREPARED, null, Set.of(), null, Set.of(), null, Map.of(), Set.of());
    }

    /** The state after one more event. */
    public BatchState apply(BatchEvent event) {
        if (event instanceof BatchPrepared e) {
            return prepared(e);
        }
        if (event instanceof BatchSubmitted e) {
            return approval(BatchStatus.SUBMITTED, digest, e.submittedBy(), Set.of(), null);
        }
        if (event instanceof BatchApproved e) {
            Set<String> next = new LinkedHashSet<>(approvers);
            next.add(e.approvedBy());
            return approval(e.complete() ? BatchStatus.APPROVED : BatchStatus.SUBMITTED, digest, submittedBy, next,
                    e.complete() ? e.digest() : null);
        }
        if (event instanceof BatchRejected) {
            return approval(BatchStatus.REJECTED, digest, submittedBy, Set.of(), null);
        }
        if (event instanceof BatchLinesChanged e) {
            return approval(BatchStatus.PREPARED, e.digest(), null, Set.of(), null);
        }
        if (event instanceof BatchFunded e) {
            Set<String> next = new LinkedHashSet<>(fundedBy);
            next.add(e.sp2dNumber());
            return new BatchState(batchId, program, period, channel, preparedBy, digest, status, submittedBy,
                    approvers, approvedDigest, next, exportPlan, exportedFiles, collectedFiles);
        }
        if (event instanceof BatchExportPlanned e) {
            return new BatchState(batchId, program, period, channel, preparedBy, digest, status, submittedBy,
                    approvers, approvedDigest, fundedBy, e.plan(), exportedFiles, collectedFiles);
        }
        if (event instanceof BatchFileExported e) {
            Map<String, String> next = new LinkedHashMap<>(exportedFiles);
            next.put(e.fileName(), e.sha256());
            return new BatchState(batchId, program, period, channel, preparedBy, digest, BatchStatus.EXPORTED,
                    submittedBy, approvers, approvedDigest, fundedBy, exportPlan, next, collectedFiles);
        }
        BatchFileCollected e = (BatchFileCollected) event;
        Set<String> next = new LinkedHashSet<>(collectedFiles);
        next.add(e.fileName());
        return new BatchState(batchId, program, period, channel, preparedBy, digest, status, submittedBy, approvers,
                approvedDigest, fundedBy, exportPlan, exportedFiles, next);
    }

    private BatchState approval(BatchStatus nextStatus, BatchDigest nextDigest, String nextSubmittedBy,
                                Set<String> nextApprovers, BatchDigest nextApproved) {
        return new BatchState(batchId, program, period, channel, preparedBy, nextDigest, nextStatus, nextSubmittedBy,
                nextApprovers, nextApproved, fundedBy, null, exportedFiles, collectedFiles);
    }
}
