package id.bansos.disbursement.batch;

/**
 * An approver (a checker) approved the batch as it stood: the digest is what was approved.
 *
 * @param approvalsNeeded how many distinct approvals the batch's total requires
 * @param approvalsSoFar  how many distinct approvals it has with this one
 */
public record BatchApproved(String batchId, String approvedBy, BatchDigest digest, int approvalsNeeded,
                            int approvalsSoFar) implements BatchEvent {

    /** True when this approval completes the batch's approvals. */
    public boolean complete() {
        return approvalsSoFar >= approvalsNeeded;
    }
}
