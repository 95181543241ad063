package id.bansos.disbursement.batch;

/** A bank file or PT Pos manifest was written for the batch and placed in the channel's outbox. */
public record BatchFileExported(String batchId, String fileName, String format, String sha256, long lineCount,
                                long controlSum, String exportedBy) implements BatchEvent {
}
