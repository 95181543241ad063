package id.bansos.disbursement.batch;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A batch as its events leave it. Immutable: {@link #apply} returns the next state.
 *
 * @param approvers       the distinct approvers of the current submission
 * @param approvedDigest  the digest the completed approvals were given on; null until approved
 * @param exportedFiles   SHA-256 of every file exported for the batch
 */
public record BatchState(String batchId, String program, YearMonth period, String channel, String preparedBy,
                         BatchDigest digest, BatchStatus status, String submittedBy, Set<String> approvers,
                         BatchDigest approvedDigest, Set<String> fundedBy, Set<String> exportedFiles) {

    public BatchState {
        approvers = Set.copyOf(approvers);
        fundedBy = Set.copyOf(fundedBy);
        exportedFiles = Set.copyOf(exportedFiles);
    }

    /** The state after the batch's first event. */
    public static BatchState prepared(BatchPrepared e) {
        return new BatchState(e.batchId(), e.program(), e.period(), e.channel(), e.preparedBy(), e.digest(),
                BatchStatus.PREPARED, null, Set.of(), null, Set.of(), Set.of());
    }

    /** The state after one more event. */
    public BatchState apply(BatchEvent event) {
        if (event instanceof BatchPrepared e) {
            return prepared(e);
        }
        if (event instanceof BatchSubmitted e) {
            return new BatchState(batchId, program, period, channel, preparedBy, digest, BatchStatus.SUBMITTED,
                    e.submittedBy(), Set.of(), null, fundedBy, exportedFiles);
        }
        if (event instanceof BatchApproved e) {
            Set<String> next = new LinkedHashSet<>(approvers);
            next.add(e.approvedBy());
            return new BatchState(batchId, program, period, channel, preparedBy, digest,
                    e.complete() ? BatchStatus.APPROVED : BatchStatus.SUBMITTED, submittedBy, next,
                    e.complete() ? e.digest() : null, fundedBy, exportedFiles);
        }
        if (event instanceof BatchRejected) {
            return new BatchState(batchId, program, period, channel, preparedBy, digest, BatchStatus.REJECTED,
                    submittedBy, Set.of(), null, fundedBy, exportedFiles);
        }
        if (event instanceof BatchLinesChanged e) {
            return new BatchState(batchId, program, period, channel, preparedBy, e.digest(), BatchStatus.PREPARED,
                    null, Set.of(), null, fundedBy, exportedFiles);
        }
        if (event instanceof BatchFunded e) {
            Set<String> next = new LinkedHashSet<>(fundedBy);
            next.add(e.sp2dNumber());
            return new BatchState(batchId, program, period, channel, preparedBy, digest, status, submittedBy,
                    approvers, approvedDigest, next, exportedFiles);
        }
        BatchFileExported e = (BatchFileExported) event;
        Set<String> next = new LinkedHashSet<>(exportedFiles);
        next.add(e.sha256());
        return new BatchState(batchId, program, period, channel, preparedBy, digest, BatchStatus.EXPORTED, submittedBy,
                approvers, approvedDigest, fundedBy, next);
    }
}
