package id.bansos.app.console.batches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.bansos.app.console.batches.BatchChanges.Change;
import id.bansos.app.console.batches.BatchChanges.Change.Kind;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.EntitlementLine;
import id.bansos.ledger.kpm.EntitlementStatus;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.readmodel.ReadModels;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LedgerIntegrationTest
class BatchChangesTest {

    private static final YearMonth JULY = YearMonth.of(2026, 7);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    CommandGateway commands;
    @Autowired
    CyclePreparer cycle;
    @Autowired
    ReadModels readModels;
    @Autowired
    BatchViews batches;
    @Autowired
    BatchChanges changes;

    @Test
    void a_batch_lists_who_is_new_no_longer_paid_held_with_the_reason_or_paid_to_another_account_than_last_tahap() {
        for (int n = 1; n <= 4; n++) {
            pay("CHG-" + n, n, "0001000000000" + n + "0", JULY, sembako(JULY, EntitlementStatus.ELIGIBLE));
        }
        cycle.prepare("SEMBAKO", JULY, "cycle-job");
        pay("CHG-1", 1, "000100000000010", OCTOBER, sembako(OCTOBER, EntitlementStatus.ELIGIBLE));
        pay("CHG-2", 2, "000100000000099", OCTOBER, sembako(OCTOBER, EntitlementStatus.ELIGIBLE));
        pay("CHG-3", 3, "000100000000030", OCTOBER, sembako(OCTOBER, EntitlementStatus.HELD));
        pay("CHG-5", 5, "000100000000050", OCTOBER, sembako(OCTOBER, EntitlementStatus.ELIGIBLE));

        String batchId = cycle.prepare("SEMBAKO", OCTOBER, "cycle-job").batches().get(0).batchId();
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        BatchViews.Batch batch = batches.batch(batchId).orElseThrow();
        List<Change> found = changes.against(batch, changes.previousPeriod(batch).orElseThrow());

        assertThat(changes.previousPeriod(batch)).contains("2026-07");
        assertThat(found).extracting(Change::kind, Change::householdId).containsExactly(
                tuple(Kind.NEW, "CHG-5"),
                tuple(Kind.DROPPED, "CHG-4"),
                tuple(Kind.HELD, "CHG-3"),
                tuple(Kind.ACCOUNT_CHANGED, "CHG-2"));
        assertThat(found.get(2).heldReason()).contains("ground check pending");
        assertThat(found.get(3)).extracting(Change::accountBefore, Change::accountNow)
                .containsExactly("000100000000020", "000100000000099");
        assertThat(BatchChanges.counts(found)).containsEntry(Kind.NEW, 1L).containsEntry(Kind.ACCOUNT_CHANGED, 1L);
    }

    private void pay(String id, int n, String account, YearMonth period, List<Entitlement> entitlements) {
        commands.sendAndWait(new ApplyRosterLine(id, TestHouseholds.household(id, 900 + n,
                new Channel.Bank("BRI", account, null)), period, entitlements, "imp-" + period));
    }

    private static List<Entitlement> sembako(YearMonth period, EntitlementStatus status) {
        List<String> reasons = status == EntitlementStatus.HELD ? List.of("ground check pending") : List.of();
        return List.of(new Entitlement("SEMBAKO", period, 600_000, status, reasons, "test-1",
                List.of(new EntitlementLine("Sembako Rp 200.000 × 3 months", null, 600_000, true))));
    }
}
