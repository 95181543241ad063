package id.bansos.disbursement.batch;

/**
 * A bank file or PT Pos manifest was written for the batch and placed in the channel's outbox.
 *
 * @param fileSequence the file's number within the batch, from 1
 */
public record BatchFileExported(String batchId, String fileName, String format, int fileSequence, String sha256,
                                long lineCount, long controlSum, String exportedBy) implements BatchEvent {
}
