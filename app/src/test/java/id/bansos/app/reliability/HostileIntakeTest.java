package id.bansos.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.disbursement.BatchService;
import id.bansos.app.exchange.InboundFile;
import id.bansos.app.exchange.Intake;
import id.bansos.app.exchange.SimulatedBanks;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.bank.hostile.HostileCorpus;
import id.bansos.bank.hostile.HostileFile;
import id.bansos.bank.hostile.SeedFiles;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.disbursement.export.Outbox;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Over a thousand broken and malicious variants of the files three banks and PT Pos really sent back, received and
 * applied one by one on the real database: intake never crashes, a refused file leaves nothing but its quarantine
 * record, and an accepted one changes only what it names, with its own evidence.
 */
@LedgerIntegrationTest
class HostileIntakeTest {

    private static final Set<String> SAME_CONTENT = Set.of("LINE_ENDINGS_CRLF.1", "LINE_ENDINGS_LF.1");
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

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
    InboundApplier applier;
    @Autowired
    BankProfiles banks;
    @Autowired
    ReadModels readModels;
    @Autowired
    EventStore events;
    @Autowired
    Jdbi jdbi;
    @Value("${bansos.exchange.root}")
    Path root;

    @TempDir
    Path seedsDir;

    @Test
    void every_hostile_file_is_refused_without_a_trace_or_applied_with_its_own_evidence() throws Exception {
        // given the replies of BRI, BNI, Mandiri and PT Pos to exported batches, received and applied as sent
        Map<String, byte[]> seeds = repliesToExportedBatches();
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            intake.receive(channel(seed.getKey()), seed.getKey(), new ByteArrayInputStream(seed.getValue()), "API",
                    "seed");
        }
        applier.applyAll();
        List<HostileFile> corpus = HostileCorpus.of(seeds, 20261201L, 2);

        // when every hostile variant is received, and every file accepted is applied, one file at a time
        IntakeAudit audit = new IntakeAudit(jdbi, events);
        long started = System.nanoTime();
        for (HostileFile file : corpus) {
            receiveAndApply(file, audit);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        // then nothing crashed, nothing refused left a trace, and nothing accepted changed what it does not name
        System.out.printf("hostile intake: %,d files from %d seeds in %,d ms: %,d accepted and applied, %,d refused"
                        + " with a reason, %,d repeats; %,d events recorded by accepted files%n", corpus.size(),
                seeds.size(), millis, audit.accepted, audit.refused, audit.repeats, audit.eventsOfAccepted);
        assertThat(audit.crashes).as("crashes").isEmpty();
        assertThat(audit.traces).as("refused files that left a trace, accepted ones that changed what they"
                + " do not name").isEmpty();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(audit.refused).isPositive();
        assertThat(audit.accepted).isPositive();
    }

    private void receiveAndApply(HostileFile file, IntakeAudit audit) {
        IntakeAudit.State before = audit.state();
        InboundFile received;
        try {
            received = intake.receive(channel(file.seed()), file.name(), new ByteArrayInputStream(file.bytes()),
                    "API", "hostile");
            applier.applyAll();
            readModels.awaitCaughtUp(CATCH_UP);
        } catch (RuntimeException | java.io.IOException e) {
            audit.crash(file, e);
            return;
        }
        audit.check(file, received, before, SAME_CONTENT.contains(file.mutations()));
    }

    private Map<String, byte[]> repliesToExportedBatches() throws Exception {
        List<Channel> channels = List.of(new Channel.Bank("BRI", "%015d", null), new Channel.Bank("BNI", "%010d", null),
                new Channel.Bank("MANDIRI", "%013d", null), new Channel.Pos());
        int n = 0;
        for (Channel channel : channels) {
            for (int i = 0; i < 12; i++) {
                n++;
                Channel paidThrough = channel instanceof Channel.Bank bank
                        ? new Channel.Bank(bank.bankCode(), String.format(bank.accountNumber(), 7000 + n), null)
                        : channel;
                HouseholdRecord household = TestHouseholds.household("HOST-" + n, 500 + n, paidThrough);
                commands.sendAndWait(new ApplyRosterLine(household.householdId(), household, TestHouseholds.PERIOD,
                        TestHouseholds.sembako(), "imp-hostile"));
            }
        }
        SimulatedBanks simulated = new SimulatedBanks(banks, SimulationOptions.of(23, SeedFiles.EVERY_OUTCOME));
        for (CyclePreparer.BatchOfCycle batch : cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job")
                .batches()) {
            batches.submit(batch.batchId(), "rina");
            batches.approve(batch.batchId(), "budi");
            for (OutboxFile file : batches.export(batch.batchId(), "export-job")) {
                simulated.reply(batch.channel(), outbox.find(batch.channel(), file.fileName()).orElseThrow(),
                        seedsDir.resolve(batch.channel()), decision -> { });
            }
        }
        Map<String, byte[]> seeds = new TreeMap<>();
        try (Stream<Path> files = Files.walk(seedsDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                seeds.put(seedsDir.relativize(file).getName(0) + "_" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        return seeds;
    }

    private static String channel(String seedName) {
        return seedName.substring(0, seedName.indexOf('_'));
    }
}
