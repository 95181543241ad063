package id.bansos.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.disbursement.BatchService;
import id.bansos.app.exchange.Intake;
import id.bansos.app.kpm.RosterImportService;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.bank.camt.Camt053Writer;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.disbursement.batch.BatchApproved;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.EntitlementLine;
import id.bansos.ledger.kpm.EntitlementStatus;
import id.bansos.ledger.kpm.ReportedOutcome;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.kpm.axon.AuthorizeReissue;
import id.bansos.ledger.kpm.axon.RecordPaymentOutcomes;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
    EventStore events;
    @Autowired
    Intake intake;
    @Autowired
    InboundApplier applier;
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
        List<Throwable> failures = AtOnce.run(clicks);

        long approvals = jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = :id
                        AND payload_type LIKE '%BatchApproved'""").bind("id", batchId).mapTo(Long.class).one());
        assertThat(approvals).as("the first approval completes the batch; the other approver is then refused")
                .isEqualTo(1);
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

        List<Throwable> failures = AtOnce.run(twice);

        assertThat(failures).isEmpty();
        long registered = jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'SAME-%'
                        AND payload_type LIKE '%HouseholdRegistered'""").mapTo(Long.class).one());
        long perHousehold = jdbi.withHandle(h -> h.createQuery("""
                        SELECT MAX(c) FROM (SELECT COUNT(*) c FROM domain_event_entry
                        WHERE aggregate_identifier LIKE 'SAME-%' GROUP BY aggregate_identifier) x""")
                .mapTo(Long.class).one());
        assertThat(registered).isEqualTo(400);
        assertThat(perHousehold).as("registration plus one entitlement event, never twice").isLessThanOrEqualTo(3);
    }

    @Test
    void a_hundred_concurrent_approvals_of_a_batch_that_needs_two_record_one_approval_per_approver_slot()
            throws Exception {
        YearMonth period = YearMonth.of(2026, 11);
        for (int n = 1; n <= 2; n++) {
            enrol("RACE2-" + n, 710 + n, period, 5_000_000_000L);
        }
        String batchId = cycle.prepare("SEMBAKO", period, "cycle-job").batches().get(0).batchId();
        batches.submit(batchId, "rina");

        List<String> people = List.of("budi", "sari", "dewi", "agus", "rina");
        List<Callable<Object>> clicks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String approver = people.get(i % people.size());
            clicks.add(() -> batches.approve(batchId, approver));
        }
        List<Throwable> failures = AtOnce.run(clicks);

        List<String> approvers = events.readEvents(batchId).asStream().map(DomainEventMessage::getPayload)
                .filter(BatchApproved.class::isInstance).map(e -> ((BatchApproved) e).approvedBy()).toList();
        assertThat(approvers).as("Rp10 miliar needs two approvers, each counted once").hasSize(2)
                .doesNotHaveDuplicates().doesNotContain("rina");
        assertThat(failures).isNotEmpty().allSatisfy(f -> assertThat(f.getMessage()).containsAnyOf(
                "already has the approvals it needs", "cannot also approve it (maker-checker)"));
    }

    @Test
    void concurrent_receipts_of_the_same_statement_store_it_once_and_apply_it_once() throws Exception {
        YearMonth period = YearMonth.of(2026, 12);
        for (int n = 1; n <= 3; n++) {
            enrol("RACE3-" + n, 720 + n, period, 600_000);
        }
        cycle.prepare("SEMBAKO", period, "cycle-job");
        List<String> references = references("RACE3-%");
        byte[] statement = statementCrediting(references, 600_000);

        List<Callable<Object>> uploads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String by = "h2h-bri-" + i;
            uploads.add(() -> {
                intake.receive("BRI", "BRI_STMT_RACE.xml", new ByteArrayInputStream(statement), "API", by);
                return applier.applyAll();
            });
        }
        List<Throwable> failures = AtOnce.run(uploads);

        assertThat(failures).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM inbound_file WHERE file_name = 'BRI_STMT_RACE.xml'"
                        + " AND status = 'APPLIED'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbound_receipt WHERE file_name = 'BRI_STMT_RACE.xml' AND repeat"))
                .isEqualTo(15);
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'RACE3-%'"
                + " AND payload_type LIKE '%PaymentCredited'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'RACE3-%'"
                + " AND payload_type LIKE '%DoubleCredited'")).isZero();
    }

    @Test
    void concurrent_reissue_requests_authorise_once_and_the_next_cycle_pays_one_new_attempt() throws Exception {
        YearMonth period = YearMonth.of(2027, 1);
        enrol("RACE4-1", 731, period, 600_000);
        cycle.prepare("SEMBAKO", period, "cycle-job");
        String reference = references("RACE4-%").get(0);
        commands.sendAndWait(new RecordPaymentOutcomes(List.of(new ReportedOutcome("RACE4-1", reference,
                ReportedOutcome.Kind.REJECTED, 600_000, "AC04", null, "pain002-race#1"))));

        List<String> people = List.of("dewi", "budi", "sari", "agus");
        List<Callable<Object>> requests = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String user = people.get(i % people.size());
            requests.add(() -> commands.sendAndWait(new AuthorizeReissue("RACE4-1", reference, "account reopened", user,
                    false)));
        }
        List<Throwable> failures = AtOnce.run(requests);
        cycle.prepare("SEMBAKO", period, "cycle-job");
        cycle.prepare("SEMBAKO", period, "cycle-job");

        assertThat(failures).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = 'RACE4-1'"
                + " AND payload_type LIKE '%PaymentReissueAuthorized'")).isEqualTo(1);
        List<String> attempts = jdbi.withHandle(h -> h.createQuery("""
                        SELECT attempt || ' ' || status FROM payment_line WHERE household_id = 'RACE4-1'
                        ORDER BY attempt""").mapTo(String.class).list());
        assertThat(attempts).containsExactly("1 REISSUABLE", "2 SCHEDULED");
    }

    private void enrol(String householdId, int n, YearMonth period, long amount) {
        commands.sendAndWait(new ApplyRosterLine(householdId, TestHouseholds.household(householdId, n), period,
                List.of(new Entitlement("SEMBAKO", period, amount, EntitlementStatus.ELIGIBLE, List.of(), "test-1",
                        List.of(new EntitlementLine("Sembako", null, amount, true)))), "imp-race"));
    }

    private List<String> references(String households) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT reference FROM payment_line WHERE household_id LIKE :h ORDER BY reference")
                .bind("h", households).mapTo(String.class).list());
    }

    /** A BRI Sembako holding-account statement whose debits credit each payment once. */
    private static byte[] statementCrediting(List<String> references, long amount) throws Exception {
        LocalDate day = LocalDate.of(2027, 1, 5);
        BigDecimal each = BigDecimal.valueOf(amount);
        BigDecimal opening = BigDecimal.valueOf(100_000_000);
        List<Camt053Writer.Entry> entries = references.stream()
                .map(r -> Camt053Writer.Entry.of(r, each, CreditDebit.DEBIT, day, "BR-" + r, null)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Camt053Writer().write(out, "MSG-RACE-1", OffsetDateTime.of(day.atTime(18, 0), ZoneOffset.ofHours(7)),
                List.of(new Camt053Writer.Statement("STMT-RACE-1", 777, "000000000000002", "IDR", "BRINIDJA",
                        opening, day, opening.subtract(each.multiply(BigDecimal.valueOf(entries.size()))), day,
                        entries.iterator())));
        return out.toByteArray();
    }

    private long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
