package id.bansos.app.cli;

import id.bansos.app.kpm.RosterImportService;
import id.bansos.ledger.kpm.readmodel.RosterImports;
import id.bansos.ledger.roster.RowProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roster import FILE}: load a roster into the ledger; only differences become events. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a roster CSV. New households are registered, changed ones updated, missing ones"
                        + " dropped;",
                "importing the same file again changes nothing. Invalid lines are reported with line, field and"
                        + " reason.",
                "Exit status: 0 all lines imported, 1 some lines refused, 2 file refused."})
class RosterImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The roster CSV (docs/formats/roster.md).")
    Path file;

    @Option(names = "--period",
            description = "Payment month (YYYY-MM) to compute entitlements for; default: the current tahap.")
    YearMonth period;

    @Option(names = "--user", description = "Acting user recorded with the import (default: the OS user).")
    String user = System.getProperty("user.name");

    @Option(names = "--all-or-nothing", description = "Refuse the whole file when any line is invalid.")
    boolean allOrNothing;

    @Option(names = "--partial", description = "The file lists only some households: drop nobody.")
    boolean partial;

    @Option(names = "--allow-mass-drop", description = "Allow dropping more than a tenth of the roster.")
    boolean allowMassDrop;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("No such file: " + file);
            return 2;
        }
        YearMonth forPeriod = period != null ? period
                : RosterImportService.currentTahap(LocalDate.now(ZoneId.of("Asia/Jakarta")));
        long started = System.nanoTime();
        try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
            RosterImports.Summary s = ctx.getBean(RosterImportService.class).importFile(file, forPeriod, user,
                    allOrNothing, partial, allowMassDrop, lines -> {
                        err.printf("\r  %,d lines read, %.1f s", lines, (System.nanoTime() - started) / 1e9);
                        err.flush();
                    });
            err.println();
            double seconds = (System.nanoTime() - started) / 1e9;
            var c = s.counts();
            out.printf("Import %s of %s for period %s: %s%n", s.importId(), file.getFileName(), forPeriod, s.status());
            out.printf("  lines read %,d   invalid %,d%n", c.linesRead(), c.invalid());
            out.printf("  registered %,d   updated %,d   unchanged %,d   dropped %,d%n", c.registered(), c.updated(),
                    c.unchanged(), c.dropped());
            out.printf("  %,d changes, %,d events, %.1f s%n", c.changes(), c.events(), seconds);
            if (s.note() != null) {
                out.println("  NOTE: " + s.note());
            }
            for (RowProblem p : s.problems()) {
                out.printf("  line %d, %s%s: %s%n", p.line(), p.field(), p.value() == null || p.value().isEmpty() ? ""
                        : " (" + p.value() + ")", p.reason());
            }
            if (c.invalid() > s.problems().size()) {
                out.println("  … all problems are kept in roster_import_problem for import " + s.importId());
            }
            out.flush();
            return "REFUSED".equals(s.status()) ? 2 : c.invalid() > 0 ? 1 : 0;
        }
    }
}
