package id.bansos.disbursement.batch;

/** A preparer (the maker) submitted the batch for approval. */
public record BatchSubmitted(String batchId, String submittedBy, BatchDigest digest) implements BatchEvent {
}
