package id.bansos.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.app.disbursement.BatchService;
import id.bansos.app.exchange.InboundFile;
import id.bansos.app.exchange.InboxFolders;
import id.bansos.app.exchange.Intake;
import id.bansos.app.exchange.SimulatedBanks;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.bank.camt.Camt053Writer;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.bank.simulator.Decision;
import id.bansos.bank.simulator.Outcome;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.disbursement.export.Outbox;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.OutcomeRefused;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.kpm.axon.AuthorizeReissue;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.cases.CaseRefused;
import id.bansos.reconciliation.cases.FlagRules;
import id.bansos.reconciliation.cases.FlagType;
import id.bansos.reconciliation.cases.Resolution;
import id.bansos.reconciliation.cases.axon.CaseCommands;
import id.bansos.reconciliation.cases.axon.FlagScanner;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import id.bansos.reconciliation.trail.Account;
import id.bansos.reconciliation.trail.MoneyTrail;
import id.bansos.reconciliation.trail.TrailKey;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import id.bansos.reconciliation.treasury.DepositRefused;
import id.bansos.reconciliation.treasury.readmodel.TreasuryAgeing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
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
import org.springframework.beans.factory.annotation.Value;

@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationTest {

    private static final SimulationOptions.Rates EVERY_OUTCOME = new SimulationOptions.Rates(0.05, 0.05, 0.05, 0.05,
            0.05, 0.05, 0.1, 0.1, 0.3, 0.2);
    private static final String BRI_SEMBAKO_HOLDING = "000000000000002";

    @Autowired
    CommandGateway commands;
    @Autowired
    CyclePreparer cycle;
    @Autowired
    BatchService batches;
    @Autowired
    Outbox outbox;
    @Autowired
    Intake intake;
    @Autowired
    BankProfiles banks;
    @Autowired
    InboundApplier applier;
    @Autowired
    ReadModels readModels;
    @Autowired
    Jdbi jdbi;
    @Autowired
    TrailPostings postings;
    @Autowired
    FlagScanner flags;
    @Autowired
    TreasuryService treasury;
    @Autowired
    TreasuryAgeing ageing;
    @Value("${bansos.exchange.root}")
    Path root;

    private final List<Decision> truth = new ArrayList<>();
    private List<InboundApplier.Applied> applied;

    @BeforeAll
    void given_exported_bri_and_pos_batches_and_the_replies_of_a_bank_and_pt_pos_with_every_kind_of_outcome()
            throws Exception {
        for (int n = 1; n <= 80; n++) {
            Channel channel = n <= 60 ? new Channel.Bank("BRI", String.format("0001%011d", n), null)
                    : new Channel.Pos();
            HouseholdRecord household = TestHouseholds.household("REC-" + n, n, channel);
            commands.sendAndWait(new ApplyRosterLine(household.householdId(), household, TestHouseholds.PERIOD,
                    TestHouseholds.sembako(), "imp-rec"));
        }
        SimulatedBanks simulated = new SimulatedBanks(banks, SimulationOptions.of(11, EVERY_OUTCOME));
        for (CyclePreparer.BatchOfCycle batch : cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job")
                .batches()) {
            batches.submit(batch.batchId(), "rina");
            batches.approve(batch.batchId(), "budi");
            batches.fund(batch.batchId(), "SP2D-" + batch.batchId(), batch.digest().controlSum(), "bendahara");
            for (OutboxFile file : batches.export(batch.batchId(), "export-job")) {
                simulated.reply(batch.channel(), outbox.find(batch.channel(), file.fileName()).orElseThrow(),
                        root.resolve("inbox").resolve(batch.channel()), truth::add);
            }
        }
        List<InboundFile> received = new InboxFolders(root, intake, Duration.ZERO,
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1))).sweep();
        assertThat(received).extracting(InboundFile::status).containsOnly("ACCEPTED");
        applied = applier.applyAll();
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
    }

    @Test
    @Order(1)
    void every_payment_ends_as_the_bank_or_pt_pos_decided_with_nothing_left_unmatched() {
        assertThat(truth).extracting(Decision::outcome).contains(Outcome.REJECTED, Outcome.CREDITED,
                Outcome.DOUBLE_CREDITED, Outcome.RETURNED, Outcome.UNCLAIMED_SWEPT, Outcome.POS_PAID,
                Outcome.POS_NOT_COLLECTED);
        assertThat(applied.stream().mapToLong(InboundApplier.Applied::breaks).sum()).isZero();
        assertThat(applied.stream().mapToLong(InboundApplier.Applied::suspense).sum()).isZero();
        for (Decision d : truth) {
            Map<String, Object> line = jdbi.withHandle(h -> h.createQuery(
                            "SELECT status, status_reason, credits FROM payment_line WHERE reference = :r")
                    .bind("r", d.reference()).mapToMap().one());
            assertThat(line).as(d.reference() + " " + d.outcome()).containsAllEntriesOf(expected(d));
        }
    }

    @Test
    @Order(1)
    void every_withdrawal_in_the_banks_claim_reports_is_recorded_on_its_payment() {
        Map<String, LocalDate> withdrawn = jdbi.withHandle(h -> h.createQuery(
                        "SELECT reference, withdrawn_on FROM payment_line WHERE withdrawn_on IS NOT NULL")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(withdrawn).isNotEmpty().isEqualTo(truth.stream().filter(Decision::withdrawn)
                .collect(Collectors.toMap(Decision::reference, d -> d.withdrawnAt().toLocalDate())));
    }

    @Test
    @Order(1)
    void a_pt_pos_payout_without_its_proofs_stands_but_is_kept_for_an_investigator() {
        List<String> noProof = jdbi.withHandle(h -> h.createQuery(
                "SELECT reference FROM recon_exception WHERE kind = 'NO_PROOF' ORDER BY reference")
                .mapTo(String.class).list());

        assertThat(noProof).isNotEmpty().isEqualTo(truth.stream()
                .filter(d -> d.outcome() == Outcome.POS_PAID && !d.missingProof().isEmpty())
                .map(Decision::reference).sorted().toList());
        assertThat(applied.stream().mapToLong(a -> a.breaks() + a.suspense()).sum()).isZero();
    }

    @Test
    @Order(2)
    void applying_again_records_nothing_new() {
        long events = count("SELECT COUNT(*) FROM domain_event_entry");
        jdbi.useHandle(h -> h.execute("UPDATE inbound_file SET status = 'ACCEPTED' WHERE status = 'APPLIED'"));

        applier.applyAll();

        assertThat(count("SELECT COUNT(*) FROM domain_event_entry")).isEqualTo(events);
        assertThat(count("SELECT COUNT(*) FROM recon_exception WHERE kind <> 'NO_PROOF'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM recon_exception")).isEqualTo(truth.stream()
                .filter(d -> !d.missingProof().isEmpty()).count());
    }

    @Test
    @Order(3)
    void a_line_naming_no_payment_goes_to_suspense_and_one_with_another_amount_is_a_break() throws Exception {
        Decision credited = truth.stream().filter(d -> d.outcome() == Outcome.CREDITED && d.account() != null)
                .findFirst().orElseThrow();
        long events = count("SELECT COUNT(*) FROM domain_event_entry");
        byte[] statement = statement(List.of(
                Camt053Writer.Entry.of("ZZZZZZZZZZZZZZZZ", BigDecimal.valueOf(600_000), CreditDebit.DEBIT,
                        LocalDate.of(2026, 12, 20), "BRX-1", null),
                Camt053Writer.Entry.of(credited.reference(), BigDecimal.valueOf(650_000), CreditDebit.DEBIT,
                        LocalDate.of(2026, 12, 20), "BRX-2", null)));
        assertThat(intake.receive("BRI", "odd.xml", new ByteArrayInputStream(statement), "API", "h2h-bri").status())
                .isEqualTo("ACCEPTED");

        InboundApplier.Applied result = applier.applyAll().get(0);

        assertThat(result.suspense()).isEqualTo(1);
        assertThat(result.breaks()).isEqualTo(1);
        List<String> reasons = jdbi.withHandle(h -> h.createQuery(
                        "SELECT kind || ': ' || reason FROM recon_exception WHERE kind <> 'NO_PROOF' ORDER BY kind")
                .mapTo(String.class).list());
        assertThat(reasons).containsExactly(
                "BREAK: CREDITED of Rp 650.000 reported for payment " + credited.reference() + " of Rp 600.000",
                "SUSPENSE: no payment line has reference ZZZZZZZZZZZZZZZZ");
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry")).as("a break records nothing").isEqualTo(events);
    }

    @Test
    @Order(4)
    void the_money_trail_follows_every_rupiah_and_flags_the_banks_double_credits_as_overdrawing_its_holding_account() {
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        MoneyTrail trail = postings.trail("SEMBAKO", TestHouseholds.PERIOD);
        TrailKey bri = new TrailKey("SEMBAKO", TestHouseholds.PERIOD, "BRI");
        TrailKey pos = new TrailKey("SEMBAKO", TestHouseholds.PERIOD, "POS");
        long doubleCredits = sum(Outcome.DOUBLE_CREDITED);

        assertThat(trail.funded(bri)).isEqualTo(60 * 600_000L);
        assertThat(trail.funded(pos)).isEqualTo(20 * 600_000L);
        assertThat(trail.balance(bri, Account.IN_FLIGHT) + trail.balance(pos, Account.IN_FLIGHT)).isZero();
        assertThat(trail.balance(bri, Account.CREDITED) + trail.balance(pos, Account.CREDITED))
                .isEqualTo(sum(Outcome.CREDITED) + 2 * doubleCredits + sum(Outcome.POS_PAID));
        assertThat(trail.balance(bri, Account.RETURNED) + trail.balance(pos, Account.RETURNED))
                .isEqualTo(sum(Outcome.REJECTED) + sum(Outcome.RETURNED) + sum(Outcome.UNCLAIMED_SWEPT)
                        + sum(Outcome.POS_NOT_COLLECTED));
        assertThat(trail.violations()).containsExactly(bri + ": HOLDING is overdrawn at Rp " + -doubleCredits);
    }

    @Test
    @Order(5)
    void every_double_credit_unclaimed_and_returned_payment_is_flagged_once_on_its_households_case() {
        assertThat(flags.due()).as("files were applied and no scan has finished since").isTrue();

        Map<FlagType, Integer> raised = flags.scan("recon-job");
        boolean dueAfter = flags.due();
        Map<FlagType, Integer> again = flags.scan("recon-job");
        readModels.awaitCaughtUp(Duration.ofSeconds(30));

        assertThat(raised).containsEntry(FlagType.DOUBLE_CREDIT, count(Outcome.DOUBLE_CREDITED))
                .containsEntry(FlagType.UNCLAIMED, count(Outcome.UNCLAIMED_SWEPT) + count(Outcome.POS_NOT_COLLECTED))
                .containsEntry(FlagType.RETURNED_TO_DEPOSIT, count(Outcome.REJECTED) + count(Outcome.RETURNED));
        assertThat(raised).containsEntry(FlagType.SUSPENSE, 1).containsEntry(FlagType.RECONCILIATION_BREAK, 1);
        assertThat(again).as("finding them again raises nothing").isEmpty();
        assertThat(dueAfter).as("a finished scan covers the files applied before it").isFalse();
        Decision doubled = truth.stream().filter(d -> d.outcome() == Outcome.DOUBLE_CREDITED).findFirst().orElseThrow();
        String caseId = jdbi.withHandle(h -> h.createQuery(
                        "SELECT case_id FROM case_flag WHERE subject = :r AND type = 'DOUBLE_CREDIT'")
                .bind("r", doubled.reference()).mapTo(String.class).one());
        assertThat(caseId).startsWith("CASE-REC-");
    }

    @Test
    @Order(6)
    void a_case_is_worked_by_named_people_and_resolved_with_a_reason() {
        String caseId = jdbi.withHandle(h -> h.createQuery(
                "SELECT case_id FROM investigation_case WHERE status = 'OPEN' ORDER BY case_id LIMIT 1")
                .mapTo(String.class).one());

        commands.sendAndWait(new CaseCommands.AssignCase(caseId, "dewi", "kasubdit"));
        commands.sendAndWait(new CaseCommands.NoteCase(caseId, "called the KCP; account confirmed closed", "dewi"));
        assertThatThrownBy(() -> commands.sendAndWait(new CaseCommands.ResolveCase(caseId, Resolution.FALSE_POSITIVE,
                " ", "dewi"))).isInstanceOf(CaseRefused.class).hasMessageContaining("needs a reason");
        commands.sendAndWait(new CaseCommands.ResolveCase(caseId, Resolution.RETURNED_TO_TREASURY,
                "deposited with NTPN 0F1A2B3C4D5E6F70", "dewi"));
        readModels.awaitCaughtUp(Duration.ofSeconds(30));

        List<String> trail = jdbi.withHandle(h -> h.createQuery(
                        "SELECT actor || ' ' || action FROM case_trail WHERE case_id = :c AND action <> 'FLAG'"
                                + " ORDER BY seq")
                .bind("c", caseId).mapTo(String.class).list());
        assertThat(trail).containsExactly("kasubdit ASSIGNED", "dewi NOTE", "dewi RESOLVED");
        String status = jdbi.withHandle(h -> h.createQuery(
                        "SELECT status || ' ' || resolution FROM investigation_case WHERE case_id = :c")
                .bind("c", caseId).mapTo(String.class).one());
        assertThat(status).isEqualTo("RESOLVED RETURNED_TO_TREASURY");
    }

    @Test
    @Order(7)
    void returned_money_is_deposited_to_kas_negara_once_per_ntpn_and_never_more_than_came_back() {
        TrailKey bri = new TrailKey("SEMBAKO", TestHouseholds.PERIOD, "BRI");
        long returned = postings.trail("SEMBAKO", TestHouseholds.PERIOD).balance(bri, Account.RETURNED);
        long part = returned / 2;

        treasury.deposit("SEMBAKO", TestHouseholds.PERIOD, "BRI", "0A1B2C3D4E5F6A7B", part, LocalDate.of(2026, 12, 28),
                "bendahara");
        treasury.deposit("SEMBAKO", TestHouseholds.PERIOD, "BRI", "0A1B2C3D4E5F6A7B", part, LocalDate.of(2026, 12, 28),
                "bendahara");
        assertThatThrownBy(() -> treasury.deposit("SEMBAKO", TestHouseholds.PERIOD, "BRI", "0A1B2C3D4E5F6A7C",
                returned, LocalDate.of(2026, 12, 29), "bendahara"))
                .isInstanceOf(DepositRefused.class).hasMessageContaining("not yet deposited");
        readModels.awaitCaughtUp(Duration.ofSeconds(30));

        MoneyTrail trail = postings.trail("SEMBAKO", TestHouseholds.PERIOD);
        assertThat(trail.balance(bri, Account.TREASURY)).isEqualTo(part);
        assertThat(trail.balance(bri, Account.RETURNED)).isEqualTo(returned - part);
        TreasuryAgeing.Line line = ageing.lines().stream().filter(l -> l.channel().equals("BRI")).findFirst()
                .orElseThrow();
        assertThat(line.deposited()).isEqualTo(part);
        assertThat(line.awaiting()).isEqualTo(returned - part);
        FlagScanner afterTheDeadline = new FlagScanner(commands, jdbi, readModels, ageing, postings,
                FlagRules.defaults(), Clock.offset(Clock.systemUTC(), Duration.ofDays(31)));
        assertThat(afterTheDeadline.scan("recon-job")).containsEntry(FlagType.RETURN_NOT_DEPOSITED, 2);
    }

    @Test
    @Order(8)
    void a_rejected_payment_is_paid_again_as_a_new_attempt_in_the_next_cycle_and_a_credited_one_never() {
        Decision rejected = truth.stream().filter(d -> d.outcome() == Outcome.REJECTED).findFirst().orElseThrow();
        Decision credited = truth.stream().filter(d -> d.outcome() == Outcome.CREDITED).findFirst().orElseThrow();
        String household = householdOf(rejected.reference());

        commands.sendAndWait(new AuthorizeReissue(household, rejected.reference(), "account reopened", "dewi",
                false));
        commands.sendAndWait(new AuthorizeReissue(household, rejected.reference(), "account reopened", "dewi",
                false));
        assertThatThrownBy(() -> commands.sendAndWait(new AuthorizeReissue(householdOf(credited.reference()),
                credited.reference(), "asked again", "dewi", false)))
                .isInstanceOf(OutcomeRefused.class).hasMessageContaining("only a rejected or returned payment");
        CyclePreparer.Result next = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job");

        assertThat(next.batches()).singleElement().satisfies(b -> assertThat(b.digest().lineCount()).isEqualTo(1));
        Map<String, Object> reissued = jdbi.withHandle(h -> h.createQuery("""
                        SELECT reference, attempt, status FROM payment_line
                        WHERE household_id = :h AND reference <> :old""")
                .bind("h", household).bind("old", rejected.reference()).mapToMap().one());
        assertThat(((Number) reissued.get("attempt")).intValue()).isEqualTo(2);
        assertThat(reissued).containsEntry("status", "SCHEDULED");
        assertThat(reissued.get("reference")).isNotEqualTo(rejected.reference());
    }

    private String householdOf(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT household_id FROM payment_line WHERE reference = :r")
                .bind("r", reference).mapTo(String.class).one());
    }

    private int count(Outcome outcome) {
        return (int) truth.stream().filter(d -> d.outcome() == outcome).count();
    }

    private long sum(Outcome outcome) {
        return truth.stream().filter(d -> d.outcome() == outcome).mapToLong(Decision::amount).sum();
    }

    private static Map<String, Object> expected(Decision d) {
        return switch (d.outcome()) {
            case REJECTED -> Map.of("status", "REJECTED", "status_reason", d.reason());
            case CREDITED, POS_PAID -> Map.of("status", "CREDITED", "credits", 1);
            case DOUBLE_CREDITED -> Map.of("status", "CREDITED", "credits", 2);
            case RETURNED, UNCLAIMED_SWEPT -> Map.of("status", "RETURNED", "status_reason", d.reason(), "credits", 1);
            case POS_NOT_COLLECTED -> Map.of("status", "RETURNED", "status_reason", "NOT_COLLECTED: " + d.reason());
        };
    }

    private long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static byte[] statement(List<Camt053Writer.Entry> entries) throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 20);
        BigDecimal opening = BigDecimal.valueOf(10_000_000);
        BigDecimal debits = entries.stream().map(Camt053Writer.Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Camt053Writer().write(out, "MSG-ODD-1", OffsetDateTime.of(2026, 12, 20, 18, 0, 0, 0, ZoneOffset.ofHours(7)),
                List.of(new Camt053Writer.Statement("STMT-ODD-1", 99, BRI_SEMBAKO_HOLDING, "IDR", "BRINIDJA", opening,
                        day, opening.subtract(debits), day, entries.iterator())));
        return out.toByteArray();
    }
}
