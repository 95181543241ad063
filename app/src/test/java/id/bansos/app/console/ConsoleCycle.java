package id.bansos.app.console;

import id.bansos.app.cycle.CycleRun;
import id.bansos.app.testing.SembakoExported;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.disbursement.export.OutboxFile;
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
        SembakoExported sembako = SembakoExported.run(ctx, work, 300, PERIOD);
        CycleRun cycle = sembako.cycle();
        Map<String, List<OutboxFile>> exported = new HashMap<>(sembako.files());
        exported.keySet().removeIf(batch -> silent.stream().anyMatch(channel -> batch.contains("-" + channel + "-")));
        cycle.simulateBankReplies(exported, SimulationOptions.of(7, SimulationOptions.Rates.typical()), d -> { });
        cycle.reconcile("flag-scan");
        return CycleRun.batchIds(cycle.prepare(List.of("PKH"), "cycle-job"));
    }
}
