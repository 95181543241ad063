package id.bansos.app.cli;

import id.bansos.reconciliation.cases.FlagType;
import id.bansos.reconciliation.cases.axon.FlagScanner;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import id.bansos.app.exchange.InboundFile;
import id.bansos.app.exchange.InboxFolders;
import id.bansos.app.exchange.Intake;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reconcile}: apply every received and accepted file to the payments it reports on. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Receive FILE (or the files waiting in --inbox BANK, or in every inbox folder with"
                        + " --inbox alone)",
                "as intake does, then apply every accepted file banks and PT Pos sent back: match each line to its",
                "payment on reference, amount, channel and account, record the outcome on the household, and keep"
                        + " breaks and",
                "suspense for investigation; then raise the flags that follow, each on its case. Again, nothing new.",
                "Exit status 0 when done, 2 when a file it received was quarantined (the rest is still applied)."})
class ReconcileCommand implements Callable<Integer> {

    private static final String EVERY_INBOX = "*";

    @Option(names = "--user", defaultValue = "reconcile", description = "Who runs it (default ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--inbox", arity = "0..1", fallbackValue = EVERY_INBOX, paramLabel = "CHANNEL",
            description = "First take the files waiting in this channel's inbox folder (BRI … POS); without a channel,"
                    + " in every channel's, as the inbox job does.")
    String inbox;

    @Option(names = "--channel", description = "With FILE: who sent it (BRI … POS).")
    String channel;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "First receive this file (needs --channel).")
    Path file;

    /** Receives what it was given; answers whether every file was accepted (or received before). */
    private boolean receive(ConfigurableApplicationContext ctx) throws IOException {
        List<InboundFile> received = new ArrayList<>();
        if (file != null) {
            try (InputStream in = Files.newInputStream(file)) {
                received.add(ctx.getBean(Intake.class)
                        .receive(channel, file.getFileName().toString(), in, "CLI", user));
            }
        }
        if (inbox != null) {
            InboxFolders folders = ctx.getBean(InboxFolders.class);
            received.addAll(inbox.equals(EVERY_INBOX) ? folders.sweep() : folders.sweep(inbox));
        }
        received.forEach(r -> System.out.printf("received %s %s: %s%s%n", r.channel(), r.fileName(), r.status(),
                r.reason() == null ? "" : " — " + r.reason()));
        return received.stream().noneMatch(r -> r.status().equals("QUARANTINED"));
    }

    @Override
    public Integer call() throws IOException {
        if (file != null && channel == null) {
            throw new IllegalArgumentException("a FILE needs --channel: who sent it");
        }
        try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
            boolean accepted = receive(ctx);
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
            lines.forEach(l -> System.out.printf("  %-10s %,10d lines  Rp %,20d%s%n", l.get("status"),
                    ((Number) l.get("lines")).longValue(), ((Number) l.get("rupiah")).longValue(),
                    ((Number) l.get("double_credits")).longValue() > 0
                            ? "  (" + l.get("double_credits") + " credited twice)" : ""));
            return accepted ? 0 : 2;
        }
    }
}
