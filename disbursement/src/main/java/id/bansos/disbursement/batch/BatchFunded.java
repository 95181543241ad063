package id.bansos.disbursement.batch;

/** The treasury transferred the batch's funds (SP2D) to the channel's holding account. */
public record BatchFunded(String batchId, String sp2dNumber, long amount, String recordedBy) implements BatchEvent {
}
