package id.bansos.disbursement.batch;

/** Export of the approved batch was planned; every file of the batch is written from this plan. */
public record BatchExportPlanned(String batchId, ExportPlan plan, String plannedBy) implements BatchEvent {
}
