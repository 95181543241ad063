package id.bansos.disbursement.batch;

/** The bank (or PT Pos) collected an exported file from the outbox. */
public record BatchFileCollected(String batchId, String fileName, String sha256, String collectedBy)
        implements BatchEvent {
}
