package id.bansos.app.cli;

import id.bansos.app.kpm.RosterImportService;
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
import org.springframework.context.ConfigurableApplicationContext;

/** The demo: on an empty ledger, a generated roster for the current tahap and its prepared PKH and Sembako cycles. */
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
            CyclePreparer cycle = ctx.getBean(CyclePreparer.class);
            for (String program : new String[] {"PKH", "SEMBAKO"}) {
                var result = cycle.prepare(program, tahap, "demo-cycle");
                out.printf("Demo: %s %s prepared in %d batches, %,d entitlements held with their reasons.%n", program,
                        tahap, result.batches().size(), result.held());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo roster", e);
        }
    }
}
