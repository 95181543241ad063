package id.bansos.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.app.disbursement.BatchService;
import id.bansos.app.exchange.Intake;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.bank.camt.Camt053Writer;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.ReportedOutcome;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.kpm.axon.AuthorizeReissue;
import id.bansos.ledger.kpm.axon.RecordPaymentOutcomes;
import id.bansos.ledger.privacy.PersonalData;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.cases.FlagRules;
import id.bansos.reconciliation.cases.FlagType;
import id.bansos.reconciliation.cases.Resolution;
import id.bansos.reconciliation.cases.axon.CaseCommands;
import id.bansos.reconciliation.cases.axon.FlagScanner;
import id.bansos.reconciliation.cases.readmodel.CaseQueue;
import id.bansos.reconciliation.matching.SuspenseMatchRefused;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import id.bansos.reconciliation.matching.axon.ManualMatching;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import id.bansos.reconciliation.treasury.readmodel.TreasuryAgeing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The investigator's side of reconciliation on a real ledger: duplicates held before export and cleared, credits never
 * withdrawn, a death reported by the bank holding the next payment, a re-issue through PT Pos, the fallback match of a
 * statement line without our reference, and a manual match that needs a second person.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvestigationTest {

    private static final String BRI_SEMBAKO_HOLDING = "000000000000002";
    private static final String SHARED = "000100000009999";

    @Autowired
    CommandGateway commands;
    @Autowired
    CyclePreparer cycle;
    @Autowired
    BatchService batches;
    @Autowired
    Intake intake;
    @Autowired
    InboundApplier applier;
    @Autowired
    ManualMatching manual;
    @Autowired
    ReadModels readModels;
    @Autowired
    Jdbi jdbi;
    @Autowired
    FlagScanner flags;
    @Autowired
    TreasuryAgeing ageing;
    @Autowired
    TrailPostings postings;
    @Autowired
    CaseQueue queue;

    private LocalDate executionDate;

    @BeforeAll
    void given_two_households_sharing_a_member_two_an_account_two_a_kk_and_six_plain_ones_in_an_exported_batch()
            throws Exception {
        List<HouseholdRecord> households = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            households.add(TestHouseholds.household("INV-" + n, 100 + n));
        }
        HouseholdRecord original = TestHouseholds.household("INV-DUP-A", 200);
        HouseholdRecord copy = TestHouseholds.household("INV-DUP-B", 201);
        List<Member> members = new ArrayList<>(copy.members());
        members.add(original.members().get(1));
        households.add(original);
        households.add(new HouseholdRecord(copy.householdId(), copy.noKk(), copy.pengurusNik(), copy.pengurusName(),
                copy.regionCode(), copy.address(), copy.desil(), copy.channel(), copy.programs(), members));
        households.add(TestHouseholds.household("INV-ACC-A", 300, new Channel.Bank("BRI", SHARED, null)));
        households.add(TestHouseholds.household("INV-ACC-B", 301, new Channel.Bank("BRI", SHARED, null)));
        HouseholdRecord family = TestHouseholds.household("INV-KK-A", 400);
        HouseholdRecord sameKk = TestHouseholds.household("INV-KK-B", 401);
        households.add(family);
        households.add(new HouseholdRecord(sameKk.householdId(), family.noKk(), sameKk.pengurusNik(),
                sameKk.pengurusName(), sameKk.regionCode(), sameKk.address(), sameKk.desil(), sameKk.channel(),
                sameKk.programs(), sameKk.members()));
        for (HouseholdRecord h : households) {
            commands.sendAndWait(new ApplyRosterLine(h.householdId(), h, TestHouseholds.PERIOD,
                    TestHouseholds.sembako(), "imp-inv"));
        }
        CyclePreparer.BatchOfCycle batch = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job").batches()
                .get(0);
        batches.submit(batch.batchId(), "rina");
        batches.approve(batch.batchId(), "budi");
        batches.fund(batch.batchId(), "SP2D-" + batch.batchId(), batch.digest().controlSum(), "bendahara");
        batches.export(batch.batchId(), "export-job");
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        executionDate = jdbi.withHandle(h -> h.createQuery(
                        "SELECT requested_execution_date FROM payment_batch WHERE batch_id = :b")
                .bind("b", batch.batchId()).mapTo(LocalDate.class).one());
    }

    @Test
    @Order(1)
    void households_sharing_a_nik_a_kk_or_an_account_are_held_out_of_the_batch_and_flagged() {
        assertThat(scheduled()).containsExactlyInAnyOrder("INV-1", "INV-2", "INV-3", "INV-4", "INV-5", "INV-6");
        Map<String, String> held = jdbi.withHandle(h -> h.createQuery(
                        "SELECT household_id, rule FROM cycle_held WHERE rule IS NOT NULL")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(held).containsOnly(Map.entry("INV-DUP-A", "DUPLICATE_NIK"), Map.entry("INV-DUP-B", "DUPLICATE_NIK"),
                Map.entry("INV-ACC-A", "SHARED_ACCOUNT"), Map.entry("INV-ACC-B", "SHARED_ACCOUNT"),
                Map.entry("INV-KK-A", "DUPLICATE_KK"), Map.entry("INV-KK-B", "DUPLICATE_KK"));

        Map<FlagType, Integer> raised = flags.scan("recon-job");

        assertThat(raised).containsEntry(FlagType.DUPLICATE_NIK, 2).containsEntry(FlagType.SHARED_ACCOUNT, 2)
                .containsEntry(FlagType.DUPLICATE_KK, 2);
        assertThat(evidence("INV-ACC-A", FlagType.SHARED_ACCOUNT))
                .contains("the same bank account ****9999 is in 2026-10 (SEMBAKO) for INV-ACC-B");
    }

    @Test
    @Order(2)
    void a_case_cleared_as_a_false_positive_is_paid_by_the_next_preparation_and_not_flagged_again() {
        for (String household : List.of("INV-ACC-A", "INV-ACC-B")) {
            commands.sendAndWait(new CaseCommands.ResolveCase("CASE-" + household, Resolution.FALSE_POSITIVE,
                    "joint account of two sisters, verified by the pendamping", "dewi"));
        }
        readModels.awaitCaughtUp(Duration.ofSeconds(30));

        CyclePreparer.Result next = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job");

        assertThat(next.batches()).singleElement().satisfies(b -> assertThat(b.digest().lineCount()).isEqualTo(2));
        assertThat(scheduled()).contains("INV-ACC-A", "INV-ACC-B").doesNotContain("INV-DUP-A", "INV-DUP-B");
        assertThat(flags.scan("recon-job")).doesNotContainKey(FlagType.SHARED_ACCOUNT);
    }

    @Test
    @Order(3)
    void credited_money_without_a_withdrawal_in_ninety_days_is_unclaimed_and_a_switched_off_rule_raises_nothing() {
        LocalDate longAgo = LocalDate.now(ZoneOffset.ofHours(7)).minusDays(100);
        record(outcome("INV-1", ReportedOutcome.Kind.CREDITED, null, longAgo),
                outcome("INV-2", ReportedOutcome.Kind.CREDITED, null, longAgo),
                outcome("INV-1", ReportedOutcome.Kind.WITHDRAWN, null, longAgo.plusDays(5)));
        FlagScanner switchedOff = new FlagScanner(commands, jdbi, readModels, ageing, postings,
                FlagRules.defaults().with(FlagType.UNCLAIMED, new FlagRules.Rule(false, false)), Clock.systemUTC());

        assertThat(switchedOff.scan("recon-job")).doesNotContainKey(FlagType.UNCLAIMED);
        assertThat(flags.scan("recon-job")).containsEntry(FlagType.UNCLAIMED, 1);
        assertThat(evidence("INV-2", FlagType.UNCLAIMED)).contains("credited on " + longAgo,
                "has no withdrawal in BRI's claim reports after 90 days");
    }

    @Test
    @Order(4)
    void a_death_reported_by_the_bank_is_flagged_and_holds_the_household_until_its_case_is_resolved() {
        record(outcome("INV-3", ReportedOutcome.Kind.REJECTED, "MD07", null));
        assertThat(flags.scan("recon-job")).containsEntry(FlagType.DECEASED, 1);
        commands.sendAndWait(new AuthorizeReissue("INV-3", reference("INV-3"), "heir named", "dewi", false));
        readModels.awaitCaughtUp(Duration.ofSeconds(30));

        CyclePreparer.Result next = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job");

        assertThat(next.batches()).isEmpty();
        assertThat(text("SELECT rule || ': ' || reason FROM cycle_held WHERE household_id = 'INV-3'"))
                .isEqualTo("DECEASED: case CASE-INV-3 is open with a blocking DECEASED flag; held until it is"
                        + " resolved");
    }

    @Test
    @Order(5)
    void a_returned_payment_reissued_through_pt_pos_is_scheduled_in_a_pt_pos_batch_as_a_second_attempt() {
        record(outcome("INV-4", ReportedOutcome.Kind.REJECTED, "AC04", null));
        commands.sendAndWait(new AuthorizeReissue("INV-4", reference("INV-4"), "account closed", "dewi", true));
        readModels.awaitCaughtUp(Duration.ofSeconds(30));

        CyclePreparer.Result next = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job");

        assertThat(next.batches()).singleElement().satisfies(b -> assertThat(b.channel()).isEqualTo("POS"));
        assertThat(text("""
                SELECT channel || ' attempt ' || attempt FROM payment_line
                WHERE household_id = 'INV-4' AND status = 'SCHEDULED'""")).isEqualTo("POS attempt 2");
    }

    @Test
    @Order(6)
    void a_statement_line_without_our_reference_is_matched_by_account_amount_and_date_when_one_payment_fits()
            throws Exception {
        String account = account("INV-5");
        receive("fallback.xml", line("BRX-FB-1", account, executionDate.plusDays(1)));

        InboundApplier.Applied applied = applier.applyAll().get(0);

        assertThat(applied.matched()).isEqualTo(1);
        assertThat(applied.suspense()).isZero();
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        assertThat(status("INV-5")).isEqualTo("CREDITED");
    }

    @Test
    @Order(7)
    void an_entry_in_suspense_is_matched_by_hand_only_with_a_second_persons_approval_and_only_once() throws Exception {
        receive("unknown.xml", line("BRX-SUS-1", "000100000077777", executionDate));
        InboundApplier.Applied applied = applier.applyAll().get(0);
        assertThat(applied.suspense()).isEqualTo(1);
        long entry = Long.parseLong(text("SELECT id FROM recon_exception WHERE kind = 'SUSPENSE'"));
        assertThat(text("SELECT reason FROM recon_exception WHERE id = " + entry))
                .endsWith("by account, amount and a 3-day window no payment fits, so it waits for a manual match");

        manual.propose(entry, reference("INV-6"), "KPM's new account; bank letter 12/2026", "rina");
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        assertThatThrownBy(() -> manual.approve(entry, "rina")).isInstanceOf(SuspenseMatchRefused.class)
                .hasMessageContaining("rina proposed this match and cannot approve it");
        assertThat(status("INV-6")).isEqualTo("SCHEDULED");
        manual.approve(entry, "budi");
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        String events = text("SELECT COUNT(*) FROM domain_event_entry");
        manual.approve(entry, "budi");

        assertThat(status("INV-6")).isEqualTo("CREDITED");
        assertThat(text("SELECT COUNT(*) FROM domain_event_entry")).isEqualTo(events);
        assertThat(text("""
                SELECT m.status || ' ' || m.proposed_by || '/' || m.decided_by FROM suspense_match m
                JOIN recon_exception e ON e.id = m.exception_id
                WHERE e.resolved_at IS NOT NULL AND e.id =\s""" + entry))
                .isEqualTo("APPROVED rina/budi");
    }

    @Test
    @Order(8)
    void the_work_queue_filters_by_type_region_age_and_amount() {
        List<CaseQueue.Item> unclaimed = queue.cases(new CaseQueue.Filter("UNCLAIMED", "BRI", "3201", null, 500_000L,
                "OPEN", null, 50));
        assertThat(unclaimed).extracting(CaseQueue.Item::caseId).containsExactly("CASE-INV-2");
        assertThat(queue.cases(new CaseQueue.Filter(null, null, "35", null, null, null, null, 50))).isEmpty();
        assertThat(queue.cases(new CaseQueue.Filter(null, null, null, 1, null, null, null, 50))).isEmpty();
        assertThat(queue.cases(new CaseQueue.Filter(null, null, null, null, 10_000_000L, null, null, 50))).isEmpty();
    }

    @Test
    @Order(9)
    void a_pt_pos_payout_nobody_reported_on_by_the_end_of_its_collection_window_is_unclaimed() {
        String pos = text("SELECT batch_id FROM payment_line WHERE household_id = 'INV-4' AND status = 'SCHEDULED'");
        batches.submit(pos, "rina");
        batches.approve(pos, "budi");
        batches.fund(pos, "SP2D-" + pos, 600_000, "bendahara");
        batches.export(pos, "export-job");
        FlagScanner inSixWeeks = new FlagScanner(commands, jdbi, readModels, ageing, postings, FlagRules.defaults(),
                Clock.offset(Clock.systemUTC(), Duration.ofDays(42)));

        assertThat(flags.scan("recon-job")).doesNotContainKey(FlagType.UNCLAIMED);
        assertThat(inSixWeeks.scan("recon-job")).containsEntry(FlagType.UNCLAIMED, 1);
        assertThat(evidence("INV-4", FlagType.UNCLAIMED)).contains("PT Pos has reported nothing on payment",
                "its collection window closed on");
    }

    private void receive(String name, byte[] statement) throws Exception {
        assertThat(intake.receive("BRI", name, new ByteArrayInputStream(statement), "API", "h2h-bri").status())
                .isEqualTo("ACCEPTED");
    }

    private byte[] line(String bankReference, String counterparty, LocalDate day) throws Exception {
        BigDecimal amount = BigDecimal.valueOf(600_000);
        BigDecimal opening = BigDecimal.valueOf(10_000_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Camt053Writer().write(out, "MSG-" + bankReference, OffsetDateTime.of(day.atTime(18, 0),
                        ZoneOffset.ofHours(7)),
                List.of(new Camt053Writer.Statement("STMT-" + bankReference, 500 + bankReference.hashCode() % 100,
                        BRI_SEMBAKO_HOLDING, "IDR", "BRINIDJA", opening, day, opening.subtract(amount), day,
                        List.of(Camt053Writer.Entry.of(null, amount, CreditDebit.DEBIT, day, bankReference, null))
                                .iterator())));
        return out.toString(StandardCharsets.UTF_8).replace("</TxDtls>", "<RltdPties><CdtrAcct><Id><Othr><Id>"
                + counterparty + "</Id></Othr></Id></CdtrAcct></RltdPties></TxDtls>").getBytes(StandardCharsets.UTF_8);
    }

    private void record(ReportedOutcome... outcomes) {
        RecordPaymentOutcomes.Result result = commands.sendAndWait(new RecordPaymentOutcomes(List.of(outcomes)));
        assertThat(result.refused()).isEmpty();
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
    }

    private ReportedOutcome outcome(String household, ReportedOutcome.Kind kind, String reason, LocalDate on) {
        return new ReportedOutcome(household, reference(household), kind, 600_000, reason, on,
                "test#" + household + "-" + kind);
    }

    private String text(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private List<String> scheduled() {
        return jdbi.withHandle(h -> h.createQuery("SELECT household_id FROM payment_line").mapTo(String.class).list());
    }

    private String reference(String household) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT reference FROM payment_line WHERE household_id = :h ORDER BY attempt LIMIT 1")
                .bind("h", household).mapTo(String.class).one());
    }

    private String account(String household) {
        return PersonalData.current().reveal(jdbi.withHandle(h -> h.createQuery(
                        "SELECT account_number FROM payment_line WHERE household_id = :h")
                .bind("h", household).mapTo(String.class).one()));
    }

    private String status(String household) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT status FROM payment_line WHERE household_id = :h ORDER BY attempt LIMIT 1")
                .bind("h", household).mapTo(String.class).one());
    }

    private String evidence(String household, FlagType type) {
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT string_agg(evidence, ' | ') FROM case_flag WHERE household_id = :h AND type = :t")
                .bind("h", household).bind("t", type.name()).mapTo(String.class).one());
    }
}
