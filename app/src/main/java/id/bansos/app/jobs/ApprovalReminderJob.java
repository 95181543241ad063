package id.bansos.app.jobs;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Reminds the people who must act on batches waiting longer than the configured time: preparers of prepared batches,
 * approvers of submitted ones. Each reminder is recorded (and shown in the console); runs once across all nodes.
 */
@DisallowConcurrentExecution
public class ApprovalReminderJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(ApprovalReminderJob.class);

    @Autowired
    Jdbi jdbi;
    @Value("${bansos.jobs.remind-after:PT4H}")
    Duration remindAfter;

    @Override
    protected void executeInternal(JobExecutionContext context) {
        int reminded = remind(OffsetDateTime.now(ZoneOffset.UTC));
        if (reminded > 0) {
            log.info("{} batches wait for a preparer or an approver; reminders recorded", reminded);
        }
    }

    /** Records a reminder for every batch waiting longer than {@code remindAfter} at {@code now}. */
    int remind(OffsetDateTime now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO approval_reminder (batch_id, status, waiting_since, reminded_at, message)
                        SELECT batch_id, status, updated_at, :now,
                               CASE status WHEN 'PREPARED' THEN 'waiting for its preparer to submit it'
                                           ELSE 'waiting for approval ' || (approvals + 1) || ' of '
                                                || COALESCE(approvals_needed, 1) END
                        FROM payment_batch WHERE status IN ('PREPARED', 'SUBMITTED') AND updated_at < :cutoff""")
                .bind("now", now).bind("cutoff", now.minus(remindAfter)).execute());
    }
}
