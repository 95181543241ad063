package id.bansos.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.readmodel.ReadModels;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import id.bansos.app.disbursement.BatchService;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.kpm.Entitlement;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

@LedgerIntegrationTest
class ScheduledJobsTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    Jdbi jdbi;
    @Autowired
    ReadModels readModels;
    @Autowired
    AutowireCapableBeanFactory beans;

    @Test
    void the_jobs_are_registered_in_the_clustered_jdbc_store() {
        List<String> jobs = jdbi.withHandle(h -> h.createQuery(
                        "SELECT job_name FROM qrtz_job_details ORDER BY job_name")
                .mapTo(String.class).list());
        List<String> triggers = jdbi.withHandle(h -> h.createQuery(
                        "SELECT trigger_name FROM qrtz_cron_triggers ORDER BY trigger_name")
                .mapTo(String.class).list());

        assertThat(jobs).containsExactly("approval-reminder", "batch-export", "cycle-preparation", "inbox-watch");
        assertThat(triggers).containsExactly("approval-reminder", "batch-export", "cycle-preparation", "inbox-watch");
    }

    @Test
    void the_monthly_job_prepares_every_paying_program_and_the_reminder_job_records_waiting_batches() {
        for (int n = 1; n <= 5; n++) {
            commands.sendAndWait(new ApplyRosterLine("JOB-" + n, TestHouseholds.household("JOB-" + n, 500 + n),
                    TestHouseholds.PERIOD, TestHouseholds.sembako(), "imp-jobs"));
        }
        CyclePreparationJob prepare = beans.createBean(CyclePreparationJob.class);
        ApprovalReminderJob remind = beans.createBean(ApprovalReminderJob.class);

        prepare.prepare(TestHouseholds.PERIOD);
        prepare.prepare(TestHouseholds.PERIOD);
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        int reminded = remind.remind(OffsetDateTime.now(ZoneOffset.UTC).plusHours(5));

        long lines = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM payment_line WHERE period = :p")
                .bind("p", TestHouseholds.PERIOD.toString()).mapTo(Long.class).one());
        assertThat(lines).as("preparing twice schedules each line once").isEqualTo(5);
        assertThat(reminded).isEqualTo(1);
        String message = jdbi.withHandle(h -> h.createQuery(
                        "SELECT message FROM approval_reminder WHERE batch_id LIKE :b")
                .bind("b", "%-" + TestHouseholds.PERIOD + "-%")
                .mapTo(String.class).one());
        assertThat(message).isEqualTo("waiting for its preparer to submit it");
    }

    @Test
    void the_export_job_places_each_approved_batch_once_however_often_it_runs() {
        for (int n = 1; n <= 3; n++) {
            commands.sendAndWait(new ApplyRosterLine("EXP-" + n, TestHouseholds.household("EXP-" + n, 700 + n),
                    TestHouseholds.PERIOD.plusMonths(1), List.of(nextPeriodSembako()), "imp-export"));
        }
        CyclePreparer.Result cycle = beans.getBean(CyclePreparer.class)
                .prepare("SEMBAKO", TestHouseholds.PERIOD.plusMonths(1), "cycle-job");
        BatchService batches = beans.getBean(BatchService.class);
        String batchId = cycle.batches().get(0).batchId();
        batches.submit(batchId, "rina");
        batches.approve(batchId, "budi");
        BatchExportJob export = beans.createBean(BatchExportJob.class);

        int first = export.exportApproved();
        int second = export.exportApproved();

        assertThat(first).isEqualTo(1);
        assertThat(second).as("an exported batch is no longer waiting for export").isZero();
    }

    private static Entitlement nextPeriodSembako() {
        Entitlement e = TestHouseholds.sembako().get(0);
        return new Entitlement(e.program(), TestHouseholds.PERIOD.plusMonths(1), e.amount(), e.status(), e.reasons(),
                e.ruleVersion(), e.lines());
    }
}
