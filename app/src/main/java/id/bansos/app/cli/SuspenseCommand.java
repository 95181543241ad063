package id.bansos.app.cli;

import id.bansos.reconciliation.matching.SuspenseMatchRefused;
import id.bansos.reconciliation.matching.axon.ManualMatching;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code suspense …}: statement entries no payment matched, and matching them by hand with a second approval. */
@Command(name = "suspense", mixinStandardHelpOptions = true,
        description = "Entries in suspense, and manual matches (one person proposes, another approves).",
        subcommands = {SuspenseCommand.ListEntries.class, SuspenseCommand.Propose.class,
                SuspenseCommand.Approve.class, SuspenseCommand.Reject.class})
class SuspenseCommand {

    /** Runs an action on a started ledger; a refusal prints its reason and exits 3. */
    static int run(Consumer<ConfigurableApplicationContext> action) {
        try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
            action.accept(ctx);
            return 0;
        } catch (SuspenseMatchRefused e) {
            System.err.println("Refused: " + e.getMessage());
            return 3;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Entries in suspense with any match proposed; oldest first.")
    static class ListEntries implements Callable<Integer> {
        @Option(names = "--channel", description = "Only this channel, e.g. BRI.")
        String channel;

        @Override
        public Integer call() {
            return run(ctx -> {
                List<Map<String, Object>> entries = ctx.getBean(Jdbi.class).withHandle(h -> h.createQuery("""
                                SELECT e.id, e.channel, e.side, e.amount, e.booked_on, e.reason,
                                       m.reference, m.status, m.proposed_by
                                FROM recon_exception e LEFT JOIN suspense_match m ON m.exception_id = e.id
                                WHERE e.kind = 'SUSPENSE' AND e.resolved_at IS NULL
                                  AND (:channel IS NULL OR e.channel = :channel)
                                ORDER BY e.recorded_at, e.id""")
                        .bind("channel", channel).mapToMap().list());
                for (Map<String, Object> e : entries) {
                    System.out.printf("%6s %-8s %-6s Rp %,13d  %s  %s%s%n", e.get("id"), e.get("channel"),
                            e.get("side") == null ? "-" : e.get("side"),
                            e.get("amount") == null ? 0L : ((Number) e.get("amount")).longValue(), e.get("booked_on"),
                            e.get("reason"), e.get("reference") == null ? "" : "  [" + e.get("status") + " "
                                    + e.get("reference") + " by " + e.get("proposed_by") + "]");
                }
                System.out.println(entries.size() + " entries in suspense.");
            });
        }
    }

    @Command(name = "propose", mixinStandardHelpOptions = true,
            description = "Propose the payment a suspense entry is; another person must approve it.")
    static class Propose implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ENTRY", description = "The suspense entry's number.")
        long entry;
        @Parameters(index = "1", paramLabel = "REFERENCE", description = "The payment reference.")
        String reference;
        @Option(names = "--reason", required = true, description = "Why this entry is that payment.")
        String reason;
        @Option(names = "--user", required = true, description = "Who proposes it.")
        String user;

        @Override
        public Integer call() {
            return run(ctx -> {
                ctx.getBean(ManualMatching.class).propose(entry, reference, reason, user);
                System.out.println("Entry " + entry + " proposed as payment " + reference + " by " + user
                        + "; waiting for a second person's approval");
            });
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve the proposed match (not by its proposer); the payment's outcome is recorded.")
    static class Approve implements Callable<Integer> {
        @Parameters(paramLabel = "ENTRY")
        long entry;
        @Option(names = "--user", required = true, description = "Who approves it.")
        String user;

        @Override
        public Integer call() {
            return run(ctx -> {
                ctx.getBean(ManualMatching.class).approve(entry, user);
                System.out.println("Entry " + entry + " matched, approved by " + user);
            });
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject the proposed match (not by its proposer); the entry stays in suspense.")
    static class Reject implements Callable<Integer> {
        @Parameters(paramLabel = "ENTRY")
        long entry;
        @Option(names = "--reason", required = true, description = "Why not.")
        String reason;
        @Option(names = "--user", required = true, description = "Who rejects it.")
        String user;

        @Override
        public Integer call() {
            return run(ctx -> {
                ctx.getBean(ManualMatching.class).reject(entry, reason, user);
                System.out.println("Proposed match of entry " + entry + " rejected by " + user);
            });
        }
    }
}
