package id.bansos.app.console;

import id.bansos.app.cycle.CycleRun;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.roster.BankAccountRules;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The cycle the console's browser tests look at, as {@code serve --demo} leaves it: 300 generated households, Sembako
 * paid, the banks' simulated replies reconciled and flags raised; PKH prepared and waiting for its maker and checkers.
 */
final class ConsoleCycle {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);

    private ConsoleCycle() {
    }

    /**
     * Runs the cycle; the channels in {@code silent} have not replied yet, so their Sembako payments stay in flight.
     * Answers the PKH batches.
     */
    static List<String> run(ApplicationContext ctx, Path work, List<String> silent) throws Exception {
        Path roster = work.resolve("roster.csv");
        try (Writer w = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
            new RosterGenerator(GeneratorOptions.of(300, 2026), ctx.getBean(BankAccountRules.class))
                    .generate(new RosterWriter(w)::write);
        }
        CycleRun cycle = new CycleRun(ctx, PERIOD);
        cycle.importRoster(roster, "import");
        List<String> sembako = CycleRun.batchIds(cycle.prepare(List.of("SEMBAKO"), "cycle-job"));
        cycle.approve(sembako, "cycle-maker", List.of("cycle-checker-1", "cycle-checker-2"));
        cycle.fund(sembako, "bendahara");
        Map<String, List<OutboxFile>> exported = new HashMap<>(cycle.export(sembako, "cycle-maker"));
        exported.keySet().removeIf(batch -> silent.stream().anyMatch(channel -> batch.contains("-" + channel + "-")));
        cycle.simulateBankReplies(exported, SimulationOptions.of(7, SimulationOptions.Rates.typical()), d -> { });
        cycle.reconcile("flag-scan");
        return CycleRun.batchIds(cycle.prepare(List.of("PKH"), "cycle-job"));
    }
}
