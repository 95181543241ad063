package id.bansos.app.cli;

import id.bansos.app.kpm.HouseholdHistory;
import id.bansos.ledger.kpm.HouseholdTimeline;
import id.bansos.ledger.kpm.Nik;
import id.bansos.ledger.kpm.NoKk;
import id.bansos.ledger.kpm.TimelineEntry;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code household show ID}: a household's summary, members, entitlements and timeline. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a household (KPM): summary, members, entitlements and its whole timeline.")
class HouseholdShowCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Jakarta"));

    @Parameters(paramLabel = "ID", description = "The household id from the roster.")
    String householdId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
            HouseholdQueries queries = ctx.getBean(HouseholdQueries.class);
            var timeline = ctx.getBean(HouseholdHistory.class).timeline(householdId);
            if (timeline.isEmpty()) {
                spec.commandLine().getErr().println("No household with id " + householdId + " in the ledger.");
                return 2;
            }
            queries.household(householdId).ifPresent(h -> {
                out.printf("Household %s  (%s)%n", h.householdId(),
                        h.onRoster() ? "on the roster" : "NOT on the roster");
                out.printf("  Pengurus  %s, NIK %s%n", h.pengurusName(), Nik.parse(h.pengurusNik()).masked());
                out.printf("  KK        %s   region %s   desil %d%n", NoKk.parse(h.noKk()).masked(), h.regionCode(),
                        h.desil());
                out.printf("  Address   %s%n", h.address());
                out.printf("  Channel   %s%s%n", h.channel(), h.accountNumber() == null ? ""
                        : " account ****" + h.accountNumber().substring(h.accountNumber().length() - 4));
                out.printf("  Programs  %s%n", h.programs().replace("|", ", "));
            });
            out.println("Members:");
            queries.members(householdId).forEach(m -> out.printf("  %s  born %s  %-8s %s%n",
                    Nik.parse(m.nik()).masked(), m.birthDate(), m.status(),
                    m.component() == null ? "" : m.component()));
            out.println("Entitlements:");
            queries.entitlements(householdId).forEach(e -> out.printf("  %-8s %s  %14s  %-8s %s%s%n      %s%n",
                    e.program(), e.period(), HouseholdTimeline.rupiah(e.amount()), e.status(), e.ruleVersion(),
                    e.reasons().isEmpty() ? "" : "  (" + e.reasons() + ")", e.components().replace("; ", "\n      ")));
            out.println("Timeline:");
            for (TimelineEntry t : timeline) {
                out.printf("  %3d  %s WIB  %s%n", t.sequence(), TIME.format(t.at()), t.what());
            }
            out.flush();
            return 0;
        }
    }
}
