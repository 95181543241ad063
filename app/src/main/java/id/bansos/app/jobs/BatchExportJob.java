package id.bansos.app.jobs;

import id.bansos.app.disbursement.BatchService;
import id.bansos.disbursement.batch.BatchRefused;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.readmodel.ReadModels;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Exports every approved batch into its channel's outbox ahead of the banks' cut-offs. Runs once across all nodes;
 * a batch refused (its lines changed since approval, a line that does not fit the bank) is logged and left for a
 * person, and the others still go.
 */
@DisallowConcurrentExecution
public class BatchExportJob extends QuartzJobBean {

    /** The user recorded on exports made by this job. */
    static final String USER = "export-job";

    private static final Logger log = LoggerFactory.getLogger(BatchExportJob.class);

    @Autowired
    BatchService batches;
    @Autowired
    Jdbi jdbi;
    @Autowired
    ReadModels readModels;

    @Override
    protected void executeInternal(JobExecutionContext context) {
        exportApproved();
    }

    /** Exports every approved batch; answers how many files were placed. */
    int exportApproved() {
        readModels.awaitCaughtUp(Duration.ofMinutes(10));
        List<String> approved = jdbi.withHandle(h -> h.createQuery(
                "SELECT batch_id FROM payment_batch WHERE status = 'APPROVED' ORDER BY batch_id")
                .mapTo(String.class).list());
        int placed = 0;
        for (String batchId : approved) {
            try {
                List<OutboxFile> files = batches.export(batchId, USER);
                placed += (int) files.stream().filter(f -> f.placement() == OutboxFile.Placement.WRITTEN).count();
                log.info("Batch {} exported: {} files", batchId, files.size());
            } catch (BatchRefused e) {
                log.warn("Batch {} not exported: {}", batchId, e.getMessage());
            }
        }
        return placed;
    }
}
