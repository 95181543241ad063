package id.bansos.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.axon.ReadModelReplay;
import id.bansos.app.cycle.CycleRun;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.disbursement.batch.axon.BatchProjection;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.kpm.axon.HouseholdProjection;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import id.bansos.reconciliation.cases.Resolution;
import id.bansos.reconciliation.cases.axon.CaseCommands;
import id.bansos.reconciliation.cases.axon.CaseProjection;
import id.bansos.reconciliation.matching.axon.SuspenseMatchProjection;
import id.bansos.reconciliation.trail.axon.MoneyTrailProjection;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every read model is a projection of the event store: dropped and rebuilt, it comes back the same. */
@LedgerIntegrationTest
class ReplayTest {

    private static final String USER = "tester";

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ReadModelReplay replay;
    @Autowired
    CommandGateway commands;
    @Autowired
    ReadModels readModels;
    @Autowired
    Jdbi jdbi;

    @TempDir
    Path dir;

    @Test
    void dropping_and_rebuilding_every_read_model_after_a_whole_cycle_gives_identical_tables_and_repairs_tampering()
            throws Exception {
        Path file = dir.resolve("r.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RosterWriter writer = new RosterWriter(w);
            new RosterGenerator(GeneratorOptions.of(600, 21)).generate(writer::write);
        }
        CycleRun cycle = new CycleRun(ctx, YearMonth.of(2026, 10));
        cycle.importRoster(file, USER);
        List<CyclePreparer.Result> prepared = cycle.prepare(List.of("PKH", "SEMBAKO"), USER);
        List<String> batchIds = CycleRun.batchIds(prepared);
        cycle.approve(batchIds, "rina", List.of("budi", "sari"));
        cycle.fund(batchIds, "bendahara");
        cycle.simulateBankReplies(cycle.export(batchIds, USER),
                SimulationOptions.of(21, SimulationOptions.Rates.typical()), decision -> { });
        cycle.reconcile(USER);
        readModels.awaitCaughtUp(Duration.ofMinutes(1));
        String caseId = jdbi.withHandle(h -> h.createQuery(
                "SELECT case_id FROM case_flag WHERE type = 'DUPLICATE_NIK' ORDER BY case_id LIMIT 1")
                .mapTo(String.class).one());
        commands.sendAndWait(new CaseCommands.ResolveCase(caseId, Resolution.FALSE_POSITIVE, "twins, verified",
                "dewi"));
        readModels.awaitCaughtUp(Duration.ofMinutes(1));
        Map<String, String> before = fingerprints();
        jdbi.useHandle(h -> h.execute("UPDATE household SET desil = 9 WHERE household_id = 'KPM00000001'"));
        jdbi.useHandle(h -> h.execute("DELETE FROM batch_trail"));
        jdbi.useHandle(h -> h.execute("DELETE FROM case_flag WHERE type = 'UNCLAIMED'"));
        assertThat(fingerprints()).isNotEqualTo(before);

        List<String> replayed = replay.replay(List.of(), Duration.ofMinutes(2));
        Map<String, String> after = fingerprints();

        assertThat(replayed).contains(HouseholdProjection.PROCESSING_GROUP, BatchProjection.PROCESSING_GROUP,
                CaseProjection.PROCESSING_GROUP);
        assertThat(before).allSatisfy((table, print) -> assertThat(print).as(table)
                .isNotEqualTo(table.equals("suspense_match") ? "" : "0:"));
        assertThat(after).isEqualTo(before);
    }

    private Map<String, String> fingerprints() {
        Map<String, String> result = new LinkedHashMap<>();
        Stream.of(HouseholdProjection.TABLES, BatchProjection.TABLES, MoneyTrailProjection.TABLES,
                        CaseProjection.TABLES, SuspenseMatchProjection.TABLES)
                .flatMap(List::stream)
                .forEach(table -> result.put(table, jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) || ':' || COALESCE(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                                + table + " t").mapTo(String.class).one())));
        return result;
    }
}
