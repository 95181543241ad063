package id.bansos.app.cycle;

import id.bansos.app.disbursement.BatchService;
import id.bansos.app.exchange.InboundFile;
import id.bansos.app.exchange.InboxFolders;
import id.bansos.app.exchange.Intake;
import id.bansos.app.exchange.SimulatedBanks;
import id.bansos.app.kpm.RosterImportService;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.bank.simulator.Decision;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.disbursement.batch.ApprovalBands;
import id.bansos.disbursement.batch.BatchDigest;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.disbursement.export.Outbox;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.kpm.readmodel.RosterImports;
import id.bansos.reconciliation.cases.axon.FlagScanner;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContext;

/**
 * A whole monthly cycle, step by step, as the people who run it would take it: import the roster, prepare the
 * programs' batches, submit and approve each with as many distinct approvers as its total needs, record the SP2D
 * funding, export, the banks' replies received, and reconciliation. Used by the demo and the benchmark, so that both
 * run exactly what the officers run.
 */
public final class CycleRun {

    private final ApplicationContext ctx;
    private final YearMonth period;

    public CycleRun(ApplicationContext ctx, YearMonth period) {
        this.ctx = ctx;
        this.period = period;
    }

    /** Imports a roster file for the period. */
    public RosterImports.Summary importRoster(Path roster, String user) {
        return ctx.getBean(RosterImportService.class).importFile(roster, period, user, false, false, false, n -> { });
    }

    /** Prepares every program's batches for the period. */
    public List<CyclePreparer.Result> prepare(List<String> programs, String user) {
        CyclePreparer cycle = ctx.getBean(CyclePreparer.class);
        return programs.stream().map(program -> cycle.prepare(program, period, user)).toList();
    }

    /**
     * The maker submits each batch and the first checkers, as many as its total needs, approve it; the total is the
     * one the first checker approved.
     */
    public void approve(List<String> batchIds, String maker, List<String> checkers) {
        BatchService batches = ctx.getBean(BatchService.class);
        ApprovalBands bands = ctx.getBean(ApprovalBands.class);
        if (checkers.isEmpty()) {
            throw new IllegalArgumentException("every batch needs at least one approver; none given");
        }
        for (String batchId : batchIds) {
            batches.submit(batchId, maker);
            BatchDigest approved = batches.approve(batchId, checkers.get(0));
            int needed = bands.approvalsFor(approved.controlSum());
            if (needed > checkers.size()) {
                throw new IllegalArgumentException("batch " + batchId + " needs " + needed + " approvers; "
                        + checkers.size() + " given");
            }
            for (String checker : checkers.subList(1, needed)) {
                batches.approve(batchId, checker);
            }
        }
    }

    /** Records each batch's SP2D for its total, numbered {@code SP2D-<batch>}. */
    public void fund(List<String> batchIds, String treasurer) {
        BatchService batches = ctx.getBean(BatchService.class);
        for (String batchId : batchIds) {
            long total = ctx.getBean(BatchLines.class).digest(batchId).controlSum();
            batches.fund(batchId, "SP2D-" + batchId, total, treasurer);
        }
    }

    /** Exports each batch into its channel's outbox; answers each batch's files. */
    public Map<String, List<OutboxFile>> export(List<String> batchIds, String user) {
        BatchService batches = ctx.getBean(BatchService.class);
        Map<String, List<OutboxFile>> files = new LinkedHashMap<>();
        for (String batchId : batchIds) {
            files.put(batchId, batches.export(batchId, user));
        }
        return files;
    }

    /**
     * Plays the banks and PT Pos: each exported file in the outbox gets the replies its bank sends (see
     * docs/formats/bank-simulator.md), dropped into the channel's inbox folder, then received as the inbox job would;
     * {@code truth} receives what the simulated bank or PT Pos decided for each payment.
     */
    public List<InboundFile> simulateBankReplies(Map<String, List<OutboxFile>> exported, SimulationOptions options,
                                                 Consumer<Decision> truth) throws IOException {
        Outbox outbox = ctx.getBean(Outbox.class);
        SimulatedBanks simulated = new SimulatedBanks(ctx.getBean(BankProfiles.class), options);
        Path exchange = outbox.root().getParent();
        for (var batch : exported.entrySet()) {
            String channel = ctx.getBean(BatchLines.class).channelOf(batch.getKey());
            Path inbox = Files.createDirectories(exchange.resolve("inbox").resolve(channel));
            for (OutboxFile file : batch.getValue()) {
                simulated.reply(channel, outbox.find(channel, file.fileName()).orElseThrow(() ->
                        new IllegalStateException(file.fileName() + " is not in the " + channel + " outbox")), inbox,
                        truth);
            }
        }
        return new InboxFolders(exchange, ctx.getBean(Intake.class), Duration.ZERO,
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1))).sweep();
    }

    /** Applies every received and accepted file to the payments it reports on, then raises the flags that follow. */
    public List<InboundApplier.Applied> reconcile(String user) {
        List<InboundApplier.Applied> applied = ctx.getBean(InboundApplier.class).applyAll();
        ctx.getBean(FlagScanner.class).scan(user);
        return applied;
    }

    /** The batch ids of prepared cycles. */
    public static List<String> batchIds(List<CyclePreparer.Result> prepared) {
        return prepared.stream().flatMap(r -> r.batches().stream()).map(CyclePreparer.BatchOfCycle::batchId).toList();
    }
}
