package id.bansos.app.reports;

import id.bansos.app.cycle.CycleRun;
import id.bansos.app.exchange.InboxFolders;
import id.bansos.app.exchange.Intake;
import id.bansos.app.exchange.SimulatedBanks;
import id.bansos.app.testing.SembakoExported;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.export.Outbox;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.readmodel.ReadModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;

/**
 * A generated roster taken through a whole Sembako cycle — imported, prepared, approved, funded, exported, the banks'
 * and PT Pos's simulated replies received and reconciled, flags raised — and PKH prepared but not yet funded, so the
 * reports have every state of money to show. One bank's claim (withdrawal) report has not come in yet, so what it
 * credited is still unclaimed as far as the ledger knows.
 */
public final class ReconciledCycle {

    /** The cycle's period. */
    public static final YearMonth PERIOD = YearMonth.of(2026, 10);
    /** The bank whose claim report has not come in. */
    public static final String CLAIMS_NOT_IN = "BRI";

    private ReconciledCycle() {
    }

    /** Runs the cycle on {@code households} generated households, its files in {@code work}. */
    public static void run(ApplicationContext ctx, Path work, int households) throws Exception {
        SembakoExported sembako = SembakoExported.run(ctx, work, households, PERIOD);
        CycleRun cycle = sembako.cycle();
        receiveReplies(ctx, sembako.files(), work.resolve("replies"));
        cycle.reconcile("flag-scan");
        cycle.prepare(List.of("PKH"), "cycle-job");
        ctx.getBean(ReadModels.class).awaitCaughtUp(Duration.ofMinutes(2));
    }

    /** The simulated replies to every exported file, received through the inbox, but for one bank's claim reports. */
    private static void receiveReplies(ApplicationContext ctx, Map<String, List<OutboxFile>> exported, Path staging)
            throws Exception {
        Outbox outbox = ctx.getBean(Outbox.class);
        SimulatedBanks banks = new SimulatedBanks(ctx.getBean(BankProfiles.class),
                SimulationOptions.of(7, SimulationOptions.Rates.typical()));
        Path exchange = outbox.root().getParent();
        for (var batch : exported.entrySet()) {
            String channel = ctx.getBean(BatchLines.class).channelOf(batch.getKey());
            Path replies = Files.createDirectories(staging.resolve(channel));
            for (OutboxFile file : batch.getValue()) {
                banks.reply(channel, outbox.find(channel, file.fileName()).orElseThrow(), replies, decision -> { });
            }
            Path inbox = Files.createDirectories(exchange.resolve("inbox").resolve(channel));
            try (Stream<Path> files = Files.list(replies)) {
                for (Path reply : files.toList()) {
                    boolean held = channel.equals(CLAIMS_NOT_IN)
                            && reply.getFileName().toString().endsWith("_claims.csv");
                    if (!held) {
                        Files.move(reply, inbox.resolve(reply.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        new InboxFolders(exchange, ctx.getBean(Intake.class), Duration.ZERO,
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1))).sweep();
    }
}
