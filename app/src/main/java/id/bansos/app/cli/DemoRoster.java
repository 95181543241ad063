package id.bansos.app.cli;

import id.bansos.app.cycle.CycleRun;
import id.bansos.app.kpm.RosterImportService;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries;
import id.bansos.ledger.roster.BankAccountRules;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo: on an empty ledger, a generated roster for the current tahap; its Sembako cycle run all the way —
 * approved by the demo approvers, funded, exported, answered by the simulated banks and PT Pos, reconciled, flagged —
 * so that there are cases to work; and its PKH cycle prepared, waiting for a preparer to submit it and an approver to
 * approve it.
 */
final class DemoRoster {

    private DemoRoster() {
    }

    static void loadIfEmpty(ConfigurableApplicationContext ctx, int households, PrintStream out) {
        HouseholdQueries queries = ctx.getBean(HouseholdQueries.class);
        if (queries.householdsOnRoster() > 0) {
            out.println("Demo: the ledger already holds households; nothing loaded.");
            return;
        }
        YearMonth tahap = RosterImportService.currentTahap(LocalDate.now(ZoneId.of("Asia/Jakarta")));
        try {
            Path file = Files.createTempFile("bansos-demo-roster-", ".csv");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                RosterWriter writer = new RosterWriter(w);
                new RosterGenerator(GeneratorOptions.of(households, 2026), ctx.getBean(BankAccountRules.class))
                        .generate(writer::write);
            }
            var imported = ctx.getBean(RosterImportService.class).importFile(file, tahap, "demo", false, false, false,
                    lines -> { });
            Files.deleteIfExists(file);
            out.printf("Demo: %,d households imported for tahap %s (%,d events).%n", imported.counts().registered(),
                    tahap, imported.counts().events());
            CycleRun cycle = new CycleRun(ctx, tahap);
            List<CyclePreparer.Result> prepared = cycle.prepare(List.of("PKH", "SEMBAKO"), "demo-cycle");
            for (CyclePreparer.Result result : prepared) {
                out.printf("Demo: %s %s prepared in %d batches, %,d entitlements held with their reasons.%n",
                        result.program(), tahap, result.batches().size(), result.held());
            }
            List<String> sembako = CycleRun.batchIds(prepared.stream().filter(r -> r.program().equals("SEMBAKO"))
                    .toList());
            cycle.approve(sembako, DemoCommand.MAKER, DemoCommand.CHECKERS);
            cycle.fund(sembako, DemoCommand.TREASURER);
            var replies = cycle.simulateBankReplies(cycle.export(sembako, DemoCommand.MAKER),
                    SimulationOptions.of(2026, SimulationOptions.Rates.typical()), decision -> { });
            cycle.reconcile("demo-rekon");
            out.printf("Demo: SEMBAKO %s approved, funded, exported; %d replies from the simulated banks and PT Pos"
                    + " reconciled and flagged. PKH waits for a preparer to submit it.%n", tahap, replies.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo roster", e);
        }
    }
}
