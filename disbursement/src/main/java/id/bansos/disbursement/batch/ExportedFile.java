package id.bansos.disbursement.batch;

/**
 * A file written for a batch, as the writer reports it.
 *
 * @param sequence the file's number within the batch, from 1
 * @param format   such as {@code pain.001.001.09} or {@code bansos-danom-v1}
 */
public record ExportedFile(String fileName, String format, int sequence, String sha256, long lineCount,
                           long controlSum) {
}
