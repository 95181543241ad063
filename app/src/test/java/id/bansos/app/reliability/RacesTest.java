package id.bansos.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.disbursement.BatchService;
import id.bansos.app.kpm.RosterImportService;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** People and banks repeat themselves at the same moment; the ledger records each thing once. */
@LedgerIntegrationTest
class RacesTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    CyclePreparer cycle;
    @Autowired
    BatchService batches;
    @Autowired
    RosterImportService imports;
    @Autowired
    Jdbi jdbi;

    @TempDir
    Path dir;

    @Test
    void a_hundred_concurrent_approvals_record_one_approval_per_approver() throws Exception {
        for (int n = 1; n <= 3; n++) {
            commands.sendAndWait(new ApplyRosterLine("RACE-" + n, TestHouseholds.household("RACE-" + n, 700 + n),
                    TestHouseholds.PERIOD, TestHouseholds.sembako(), "imp-race"));
        }
        String batchId = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job").batches().get(0).batchId();
        batches.submit(batchId, "rina");

        List<Callable<Object>> clicks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String approver = i % 2 == 0 ? "budi" : "sari";
            clicks.add(() -> batches.approve(batchId, approver));
        }
        List<Throwable> failures = runAtOnce(clicks);

        long approvals = jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = :id
                        AND payload_type LIKE '%BatchApproved'""").bind("id", batchId).mapTo(Long.class).one());
        assertThat(approvals).as("the first approval completes the batch; the other approver is then refused").isEqualTo(1);
        assertThat(failures).allSatisfy(f -> assertThat(f).hasMessageContaining("already has the approvals it needs"));
    }

    @Test
    void concurrent_imports_of_the_same_file_are_applied_once() throws Exception {
        Path file = dir.resolve("same.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RosterWriter writer = new RosterWriter(w);
            new RosterGenerator(GeneratorOptions.clean(400, 99)).generate(h -> writer.write(
                    new id.bansos.ledger.kpm.HouseholdRecord("SAME-" + h.householdId(), h.noKk(), h.pengurusNik(),
                            h.pengurusName(), h.regionCode(), h.address(), h.desil(), h.channel(), h.programs(),
                            h.members())));
        }
        YearMonth period = YearMonth.of(2026, 10);
        List<Callable<Object>> twice = List.of(
                () -> imports.importFile(file, period, "one", false, true, false, n -> { }),
                () -> imports.importFile(file, period, "two", false, true, false, n -> { }));

        List<Throwable> failures = runAtOnce(twice);

        assertThat(failures).isEmpty();
        long registered = jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'SAME-%'
                        AND payload_type LIKE '%HouseholdRegistered'""").mapTo(Long.class).one());
        long perHousehold = jdbi.withHandle(h -> h.createQuery("""
                        SELECT MAX(c) FROM (SELECT COUNT(*) c FROM domain_event_entry
                        WHERE aggregate_identifier LIKE 'SAME-%' GROUP BY aggregate_identifier) x""").mapTo(Long.class).one());
        assertThat(registered).isEqualTo(400);
        assertThat(perHousehold).as("registration plus one entitlement event, never twice").isLessThanOrEqualTo(3);
    }

    private static List<Throwable> runAtOnce(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), 16));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Throwable> failures = new ArrayList<>();
        for (Future<Object> f : futures) {
            try {
                f.get(2, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();
        return failures;
    }
}
