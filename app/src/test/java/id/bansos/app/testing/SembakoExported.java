package id.bansos.app.testing;

import id.bansos.app.cycle.CycleRun;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.roster.BankAccountRules;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * Where the console's and the reports' tests start: a generated roster (seed 2026) imported, and Sembako prepared,
 * approved by a maker and two checkers, funded and exported.
 *
 * @param cycle the cycle, to go on with
 * @param files the files each Sembako batch placed in its channel's outbox
 */
public record SembakoExported(CycleRun cycle, Map<String, List<OutboxFile>> files) {

    /** Runs it for {@code households} households, the roster written under {@code work}. */
    public static SembakoExported run(ApplicationContext ctx, Path work, int households, YearMonth period)
            throws IOException {
        Path roster = work.resolve("roster.csv");
        try (Writer w = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
            new RosterGenerator(GeneratorOptions.of(households, 2026), ctx.getBean(BankAccountRules.class))
                    .generate(new RosterWriter(w)::write);
        }
        CycleRun cycle = new CycleRun(ctx, period);
        cycle.importRoster(roster, "import");
        List<String> sembako = CycleRun.batchIds(cycle.prepare(List.of("SEMBAKO"), "cycle-job"));
        cycle.approve(sembako, "cycle-maker", List.of("cycle-checker-1", "cycle-checker-2"));
        cycle.fund(sembako, "bendahara");
        return new SembakoExported(cycle, cycle.export(sembako, "cycle-maker"));
    }
}
