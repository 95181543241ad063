package id.bansos.disbursement.batch;

/** An approver rejected the batch, with the reason; the batch goes back to its preparer. */
public record BatchRejected(String batchId, String rejectedBy, String reason) implements BatchEvent {
}
