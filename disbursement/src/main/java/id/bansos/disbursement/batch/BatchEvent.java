package id.bansos.disbursement.batch;

/** Everything that happens to a payment batch, from preparation to export. */
public sealed interface BatchEvent permits BatchPrepared, BatchSubmitted, BatchApproved, BatchRejected,
        BatchLinesChanged, BatchFunded, BatchExportPlanned, BatchFileExported, BatchFileCollected {

    /** The batch's id. */
    String batchId();
}
