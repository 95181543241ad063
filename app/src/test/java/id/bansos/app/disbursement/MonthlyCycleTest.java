package id.bansos.app.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.disbursement.batch.ApprovalBands;
import id.bansos.disbursement.batch.BatchDigest;
import id.bansos.disbursement.batch.BatchRefused;
import id.bansos.disbursement.batch.axon.BatchCommands.ApproveBatch;
import id.bansos.disbursement.batch.axon.BatchCommands.CheckExportable;
import id.bansos.disbursement.batch.axon.BatchCommands.RecordLinesChanged;
import id.bansos.disbursement.batch.axon.BatchCommands.SubmitBatch;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.kpm.axon.ReleaseBatchLines;
import id.bansos.ledger.readmodel.ReadModels;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyCycleTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    CyclePreparer cycle;
    @Autowired
    BatchLines lines;
    @Autowired
    ReadModels readModels;
    @Autowired
    ApprovalBands bands;
    @Autowired
    Jdbi jdbi;

    private CyclePreparer.Result prepared;

    @BeforeAll
    void given_a_roster_of_bank_and_pos_households_with_two_held() {
        for (int n = 1; n <= 30; n++) {
            Channel channel = n % 3 == 0 ? new Channel.Pos() : n % 3 == 1
                    ? new Channel.Bank("BRI", String.format("0001%011d", n), null)
                    : new Channel.Bank("BNI", String.format("%010d", n), null);
            var entitlements = n <= 2 ? TestHouseholds.heldSembako("pengurus deceased: change of pengurus required")
                    : TestHouseholds.sembako();
            commands.sendAndWait(new ApplyRosterLine("KPM-" + n, TestHouseholds.household("KPM-" + n, n, channel),
                    TestHouseholds.PERIOD, entitlements, "imp-1"));
        }
        prepared = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job");
    }

    @Test
    @Order(1)
    void the_cycle_builds_one_batch_per_channel_and_lists_the_held_with_their_reasons() {
        assertThat(prepared.batches()).extracting(CyclePreparer.BatchOfCycle::channel)
                .containsExactlyInAnyOrder("BRI", "BNI", "POS");
        assertThat(prepared.batches().stream().mapToLong(b -> b.digest().lineCount()).sum()).isEqualTo(28);
        assertThat(prepared.batches().stream().mapToLong(b -> b.digest().controlSum()).sum()).isEqualTo(28 * 600_000L);
        assertThat(prepared.held()).isEqualTo(2);
        List<String> reasons = jdbi.withHandle(h -> h.createQuery("SELECT reason FROM cycle_held ORDER BY household_id")
                .mapTo(String.class).list());
        assertThat(reasons).containsOnly("pengurus deceased: change of pengurus required");
    }

    @Test
    @Order(2)
    void preparing_the_cycle_again_schedules_nothing_twice() {
        CyclePreparer.Result again = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job");

        assertThat(again.batches()).isEmpty();
        long lineCount = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM payment_line")
                .mapTo(Long.class).one());
        assertThat(lineCount).isEqualTo(28);
    }

    @Test
    @Order(3)
    void a_preparer_cannot_approve_their_own_batch_and_a_changed_line_blocks_export_until_approved_again() {
        String batchId = batchOf("BRI");
        commands.sendAndWait(new SubmitBatch(batchId, "rina"));
        BatchDigest digest = lines.digest(batchId);

        assertThatThrownBy(() -> commands.sendAndWait(new ApproveBatch(batchId, "rina", digest, bands)))
                .isInstanceOf(BatchRefused.class).hasMessageContaining("maker-checker");

        commands.sendAndWait(new ApproveBatch(batchId, "budi", digest, bands));
        commands.sendAndWait(new CheckExportable(batchId, digest));

        String reference = jdbi.withHandle(h -> h.createQuery(
                        "SELECT reference FROM payment_line WHERE batch_id = :b ORDER BY reference LIMIT 1")
                .bind("b", batchId).mapTo(String.class).one());
        String household = jdbi.withHandle(h -> h.createQuery(
                        "SELECT household_id FROM payment_line WHERE reference = :r")
                .bind("r", reference).mapTo(String.class).one());
        commands.sendAndWait(new ReleaseBatchLines(batchId, List.of(new ReleaseBatchLines.Line(household, reference)),
                "account under investigation"));
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        BatchDigest changed = lines.digest(batchId);

        assertThat(changed.lineCount()).isEqualTo(digest.lineCount() - 1);
        assertThatThrownBy(() -> commands.sendAndWait(new CheckExportable(batchId, changed)))
                .isInstanceOf(BatchRefused.class).hasMessageContaining("no longer match the approved digest");

        commands.sendAndWait(new RecordLinesChanged(batchId, changed, "line released"));
        commands.sendAndWait(new SubmitBatch(batchId, "rina"));
        commands.sendAndWait(new ApproveBatch(batchId, "budi", changed, bands));
        commands.sendAndWait(new CheckExportable(batchId, changed));
    }

    private String batchOf(String channel) {
        return prepared.batches().stream().filter(b -> b.channel().equals(channel)).findFirst().orElseThrow().batchId();
    }
}
