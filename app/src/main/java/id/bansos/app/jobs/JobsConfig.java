package id.bansos.app.jobs;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduled jobs, on Quartz's clustered JDBC store: each fires once across all nodes. Schedules are cron
 * expressions in Asia/Jakarta time, configurable.
 */
@Configuration(proxyBeanMethods = false)
public class JobsConfig {

    private static final TimeZone WIB = TimeZone.getTimeZone("Asia/Jakarta");

    @Bean
    JobDetail cyclePreparationJob() {
        return JobBuilder.newJob(CyclePreparationJob.class).withIdentity("cycle-preparation").storeDurably()
                .withDescription("Prepare this month's cycle for every program that pays in it").build();
    }

    @Bean
    Trigger cyclePreparationTrigger(JobDetail cyclePreparationJob,
                                    @Value("${bansos.jobs.prepare-cron:0 0 6 1 * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(cyclePreparationJob).withIdentity("cycle-preparation")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(WIB)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail approvalReminderJob() {
        return JobBuilder.newJob(ApprovalReminderJob.class).withIdentity("approval-reminder").storeDurably()
                .withDescription("Remind preparers and approvers of batches waiting for them").build();
    }

    @Bean
    Trigger approvalReminderTrigger(JobDetail approvalReminderJob,
                                    @Value("${bansos.jobs.remind-cron:0 0 9,14 ? * MON-FRI}") String cron) {
        return TriggerBuilder.newTrigger().forJob(approvalReminderJob).withIdentity("approval-reminder")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(WIB)
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    JobDetail batchExportJob() {
        return JobBuilder.newJob(BatchExportJob.class).withIdentity("batch-export").storeDurably()
                .withDescription("Export approved batches into the outbox ahead of the banks' cut-offs").build();
    }

    @Bean
    Trigger batchExportTrigger(JobDetail batchExportJob,
                               @Value("${bansos.jobs.export-cron:0 0 11 ? * MON-FRI}") String cron) {
        return TriggerBuilder.newTrigger().forJob(batchExportJob).withIdentity("batch-export")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(WIB)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail inboxWatchJob() {
        return JobBuilder.newJob(InboxWatchJob.class).withIdentity("inbox-watch").storeDurably()
                .withDescription("Receive the files banks and PT Pos dropped in the inbox folders").build();
    }

    @Bean
    Trigger inboxWatchTrigger(JobDetail inboxWatchJob,
                              @Value("${bansos.jobs.inbox-cron:0/30 * * * * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(inboxWatchJob).withIdentity("inbox-watch")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(WIB)
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
