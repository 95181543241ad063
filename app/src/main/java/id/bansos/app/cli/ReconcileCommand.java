package id.bansos.app.cli;

import id.bansos.reconciliation.cases.FlagType;
import id.bansos.reconciliation.cases.axon.FlagScanner;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reconcile}: apply every received and accepted file to the payments it reports on. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Apply every accepted file banks and PT Pos sent back: match each line to its payment on",
                "reference, amount, channel and account, record the outcome on the household, and keep breaks and",
                "suspense for investigation; then raise the flags that follow, each on its case. Again, nothing new."})
class ReconcileCommand implements Callable<Integer> {

    @Option(names = "--user", defaultValue = "reconcile", description = "Who runs it (default ${DEFAULT-VALUE}).")
    String user;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
            List<InboundApplier.Applied> applied = ctx.getBean(InboundApplier.class).applyAll();
            for (InboundApplier.Applied a : applied) {
                System.out.printf("%-8s %-60s %,8d matched %,6d breaks %,6d suspense %,6d skipped%s%n", a.channel(),
                        a.fileName(), a.matched(), a.breaks(), a.suspense(), a.skipped(),
                        a.note() == null ? "" : "  (" + a.note() + ")");
            }
            System.out.printf("%d files applied.%n", applied.size());
            Map<FlagType, Integer> raised = ctx.getBean(FlagScanner.class).scan(user);
            System.out.println(raised.isEmpty() ? "No new flags." : "New flags: " + raised);
            List<Map<String, Object>> lines = ctx.getBean(Jdbi.class).withHandle(h -> h.createQuery("""
                            SELECT status, COUNT(*) AS lines, SUM(amount) AS rupiah, SUM(GREATEST(credits - 1, 0))
                                AS double_credits FROM payment_line GROUP BY status ORDER BY status""")
                    .mapToMap().list());
            System.out.println("Payment lines by status:");
            lines.forEach(l -> System.out.printf("  %-10s %,10d lines  Rp %,20d%s%n", l.get("status"), l.get("lines"),
                    l.get("rupiah"), ((Number) l.get("double_credits")).longValue() > 0
                            ? "  (" + l.get("double_credits") + " credited twice)" : ""));
            return 0;
        }
    }
}
