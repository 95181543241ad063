package id.bansos.disbursement.batch;

/** The batch's lines changed after approval began: every approval so far is void and it must be submitted again. */
public record BatchLinesChanged(String batchId, BatchDigest digest, String reason) implements BatchEvent {
}
