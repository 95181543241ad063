package id.bansos.app.cli;

import id.bansos.app.disbursement.BatchService;
import id.bansos.disbursement.batch.BatchRefused;
import id.bansos.disbursement.export.Outbox;
import id.bansos.disbursement.export.OutboxFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code batch …}: show, submit, approve, reject, fund and export payment batches, naming the acting user. */
@Command(name = "batch", mixinStandardHelpOptions = true, description = "Payment batches: maker-checker approval.",
        subcommands = {BatchCommand.Show.class, BatchCommand.Submit.class, BatchCommand.Approve.class,
                BatchCommand.Reject.class, BatchCommand.Fund.class, BatchCommand.Export.class})
class BatchCommand {

    /** Runs an action on a started ledger; a refusal by the rules prints its reason and exits 3. */
    static int run(java.util.function.Consumer<ConfigurableApplicationContext> action) {
        try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
            action.accept(ctx);
            return 0;
        } catch (BatchRefused e) {
            System.err.println("Refused: " + e.getMessage());
            return 3;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "A batch: totals, status and approval trail.")
    static class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String batchId;

        @Override
        public Integer call() {
            return run(ctx -> {
                Jdbi jdbi = ctx.getBean(Jdbi.class);
                List<Map<String, Object>> batch = jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM payment_batch WHERE batch_id = :id").bind("id", batchId).mapToMap().list());
                if (batch.isEmpty()) {
                    System.err.println("No batch " + batchId);
                    return;
                }
                Map<String, Object> b = batch.get(0);
                System.out.printf("Batch %s  %s %s via %s  %s%n  %,d lines  Rp %,d  approvals %s/%s%n", batchId,
                        b.get("program"), b.get("period"), b.get("channel"), b.get("status"), b.get("line_count"),
                        b.get("control_sum"), b.get("approvals"),
                        b.get("approvals_needed") == null ? "?" : b.get("approvals_needed"));
                System.out.println("Trail:");
                jdbi.useHandle(h -> h.createQuery("SELECT seq, at, actor, action, detail FROM batch_trail"
                                + " WHERE batch_id = :id ORDER BY seq")
                        .bind("id", batchId).mapToMap().forEach(t -> System.out.printf("  %s  %-10s %-14s %s%n",
                                t.get("at"), t.get("actor"), t.get("action"), t.get("detail"))));
            });
        }
    }

    /** The batch acted on and the person acting. */
    static class Target {
        @Parameters(paramLabel = "ID", description = "The batch id.")
        String batchId;
        @Option(names = "--user", required = true, description = "The acting user.")
        String user;
    }

    @Command(name = "submit", mixinStandardHelpOptions = true, description = "The preparer (maker) submits the batch.")
    static class Submit implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() {
            return run(ctx -> {
                ctx.getBean(BatchService.class).submit(target.batchId, target.user);
                System.out.println("Batch " + target.batchId + " submitted by " + target.user);
            });
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "An approver (checker) approves the batch as its lines stand now; never its own preparer.")
    static class Approve implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() {
            return run(ctx -> {
                var digest = ctx.getBean(BatchService.class).approve(target.batchId, target.user);
                System.out.printf("Batch %s approved by %s: %,d lines, Rp %,d, digest %s%n", target.batchId,
                        target.user, digest.lineCount(), digest.controlSum(), digest.sha256());
            });
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "An approver rejects the batch with a reason.")
    static class Reject implements Callable<Integer> {
        @Mixin
        Target target;
        @Option(names = "--reason", required = true, description = "Why the batch is rejected.")
        String reason;

        @Override
        public Integer call() {
            return run(ctx -> {
                ctx.getBean(BatchService.class).reject(target.batchId, target.user, reason);
                System.out.println("Batch " + target.batchId + " rejected by " + target.user + ": " + reason);
            });
        }
    }

    @Command(name = "fund", mixinStandardHelpOptions = true, description = "Record the SP2D that funded the batch.")
    static class Fund implements Callable<Integer> {
        @Mixin
        Target target;
        @Option(names = "--sp2d", required = true, description = "SP2D number.")
        String sp2d;
        @Option(names = "--amount", required = true, description = "Amount in whole rupiah.")
        long amount;

        @Override
        public Integer call() {
            return run(ctx -> {
                ctx.getBean(BatchService.class).fund(target.batchId, sp2d, amount, target.user);
                System.out.printf("Batch %s funded by SP2D %s, Rp %,d%n", target.batchId, sp2d, amount);
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the approved batch's files into its channel's outbox; again, it places nothing new.")
    static class Export implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() {
            return run(ctx -> {
                List<OutboxFile> files = ctx.getBean(BatchService.class).export(target.batchId, target.user);
                Path folder = ctx.getBean(Outbox.class).root();
                System.out.printf("Batch %s exported by %s to %s:%n", target.batchId, target.user, folder);
                for (OutboxFile f : files) {
                    System.out.printf("  %-17s %s  %,d lines  Rp %,d  sha256 %s%n", f.placement(), f.fileName(),
                            f.lineCount(), f.controlSum(), f.sha256());
                }
            });
        }
    }
}
