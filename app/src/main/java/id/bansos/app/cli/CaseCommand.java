package id.bansos.app.cli;

import id.bansos.ledger.kpm.OutcomeRefused;
import id.bansos.ledger.kpm.axon.AuthorizeReissue;
import id.bansos.reconciliation.cases.CaseRefused;
import id.bansos.reconciliation.cases.Resolution;
import id.bansos.reconciliation.cases.axon.CaseCommands;
import id.bansos.reconciliation.cases.readmodel.CaseQueue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code case …}: look at an investigation case and work it, naming the acting user. */
@Command(name = "case", mixinStandardHelpOptions = true, description = "Investigation cases.",
        subcommands = {CaseCommand.ListCases.class, CaseCommand.Show.class, CaseCommand.Assign.class,
                CaseCommand.Note.class, CaseCommand.GroundCheck.class, CaseCommand.Resolve.class})
class CaseCommand {

    /** Runs an action on a started ledger; a refusal by the case's rules prints its reason and exits 3. */
    static int run(Consumer<ConfigurableApplicationContext> action) {
        try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
            action.accept(ctx);
            return 0;
        } catch (CaseRefused | OutcomeRefused e) {
            System.err.println("Refused: " + e.getMessage());
            return 3;
        }
    }

    /** The case acted on and the person acting. */
    static class Target {
        @Parameters(paramLabel = "CASE", description = "The case id, e.g. CASE-KPM00000042.")
        String caseId;
        @Option(names = "--user", required = true, description = "The acting user.")
        String user;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The work queue: one line per case, oldest first, filtered.")
    static class ListCases implements Callable<Integer> {
        @Option(names = "--type", description = "Cases holding a flag of this type, e.g. UNCLAIMED.")
        String type;
        @Option(names = "--channel", description = "Only this channel, e.g. BRI or POS.")
        String channel;
        @Option(names = "--region", description = "Province (2 digits) or regency (4 digits) code.")
        String region;
        @Option(names = "--older-than", paramLabel = "DAYS", description = "Opened at least this many days ago.")
        Integer olderThan;
        @Option(names = "--min-amount", paramLabel = "RUPIAH", description = "Concerning at least this much.")
        Long minAmount;
        @Option(names = "--status", defaultValue = "OPEN",
                description = "OPEN, RESOLVED or ALL (default ${DEFAULT-VALUE}).")
        String status;
        @Option(names = "--assignee", description = "Only cases given to this investigator.")
        String assignee;
        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            return run(ctx -> {
                List<CaseQueue.Item> items = ctx.getBean(CaseQueue.class).cases(new CaseQueue.Filter(type, channel,
                        region, olderThan, minAmount, "ALL".equals(status) ? null : status, assignee, limit));
                for (CaseQueue.Item c : items) {
                    System.out.printf("%-24s %-8s %-7s %-6s %4d days  %2d flags  Rp %,13d  %-14s %s%n", c.caseId(),
                            c.status(), c.channel(), c.regionCode() == null ? "-" : c.regionCode(), c.ageDays(),
                            c.flags(), c.amount(), c.assignee() == null ? "(unassigned)" : c.assignee(), c.types());
                }
                System.out.println(items.size() + " cases shown.");
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A case: its flags and its trail.")
    static class Show implements Callable<Integer> {
        @Parameters(paramLabel = "CASE")
        String caseId;

        @Override
        public Integer call() {
            return run(ctx -> {
                Jdbi jdbi = ctx.getBean(Jdbi.class);
                List<Map<String, Object>> found = jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM investigation_case WHERE case_id = :id").bind("id", caseId).mapToMap().list());
                if (found.isEmpty()) {
                    System.err.println("No case " + caseId);
                    return;
                }
                Map<String, Object> c = found.get(0);
                System.out.printf("Case %s  %s%s  household %s  channel %s  assigned to %s%n  %d flags, Rp %,d%n",
                        caseId, c.get("status"), c.get("resolution") == null ? "" : " (" + c.get("resolution") + ")",
                        c.get("household_id"), c.get("channel"),
                        c.get("assignee") == null ? "nobody" : c.get("assignee"),
                        c.get("flags"), ((Number) c.get("amount")).longValue());
                System.out.println("Flags:");
                jdbi.useHandle(h -> h.createQuery("SELECT type, evidence FROM case_flag WHERE case_id = :id"
                                + " ORDER BY raised_at")
                        .bind("id", caseId).mapToMap().forEach(f -> System.out.printf("  %-22s %s%n", f.get("type"),
                                f.get("evidence"))));
                System.out.println("Trail:");
                jdbi.useHandle(h -> h.createQuery("SELECT at, actor, action, detail FROM case_trail WHERE case_id = :id"
                                + " ORDER BY seq")
                        .bind("id", caseId).mapToMap().forEach(t -> System.out.printf("  %s  %-12s %-9s %s%n",
                                t.get("at"), t.get("actor"), t.get("action"), t.get("detail"))));
            });
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Give the case to an investigator.")
    static class Assign implements Callable<Integer> {
        @Mixin
        Target target;
        @Option(names = "--to", required = true, description = "The investigator.")
        String assignee;

        @Override
        public Integer call() {
            return run(ctx -> {
                ctx.getBean(CommandGateway.class).sendAndWait(new CaseCommands.AssignCase(target.caseId, assignee,
                        target.user));
                System.out.println("Case " + target.caseId + " assigned to " + assignee + " by " + target.user);
            });
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, description = "Note something on the case.")
    static class Note implements Callable<Integer> {
        @Mixin
        Target target;
        @Option(names = "--text", required = true, description = "The note.")
        String text;

        @Override
        public Integer call() {
            return run(ctx -> {
                ctx.getBean(CommandGateway.class)
                        .sendAndWait(new CaseCommands.NoteCase(target.caseId, text, target.user));
                System.out.println("Noted on case " + target.caseId + " by " + target.user);
            });
        }
    }

    @Command(name = "ground-check", mixinStandardHelpOptions = true,
            description = "Ask for a ground check (verifikasi lapangan); resolve as GROUND_CHECKED with its outcome.")
    static class GroundCheck implements Callable<Integer> {
        @Mixin
        Target target;
        @Option(names = "--what", required = true, description = "What the field officer is to check.")
        String what;

        @Override
        public Integer call() {
            return run(ctx -> {
                ctx.getBean(CommandGateway.class).sendAndWait(new CaseCommands.RequestGroundCheck(target.caseId, what,
                        target.user));
                System.out.println("Ground check requested on case " + target.caseId + " by " + target.user);
            });
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, description = {"Resolve the case, saying how and why.",
            "REISSUE_REQUESTED names the rejected or returned --payment to pay again (--via-pos for cash at PT Pos);",
            "the new attempt goes into the next cycle's batch, which needs its own approval."})
    static class Resolve implements Callable<Integer> {
        @Mixin
        Target target;
        @Option(names = "--as", required = true,
                description = "FALSE_POSITIVE, RETURNED_TO_TREASURY, REISSUE_REQUESTED, GROUND_CHECKED or ESCALATED.")
        Resolution resolution;
        @Option(names = "--reason", required = true, description = "Why; for a deposit, its reference.")
        String reason;
        @Option(names = "--payment", description = "For REISSUE_REQUESTED: the payment to pay again.")
        String payment;
        @Option(names = "--via-pos", description = "For REISSUE_REQUESTED: pay it in cash through PT Pos.")
        boolean viaPos;

        @Override
        public Integer call() {
            return run(ctx -> {
                CommandGateway commands = ctx.getBean(CommandGateway.class);
                if (resolution == Resolution.REISSUE_REQUESTED) {
                    if (payment == null) {
                        throw new CaseRefused("a re-issue names the --payment to pay again");
                    }
                    String household = ctx.getBean(Jdbi.class).withHandle(h -> h.createQuery("""
                                    SELECT l.household_id FROM payment_line l JOIN investigation_case c
                                    ON c.household_id = l.household_id WHERE l.reference = :r AND c.case_id = :c""")
                            .bind("r", payment).bind("c", target.caseId).mapTo(String.class).findOne())
                            .orElseThrow(() -> new CaseRefused("payment " + payment + " is not of case "
                                    + target.caseId + "'s household"));
                    commands.sendAndWait(new AuthorizeReissue(household, payment, reason, target.user, viaPos));
                }
                commands.sendAndWait(new CaseCommands.ResolveCase(target.caseId, resolution, reason, target.user));
                System.out.println("Case " + target.caseId + " resolved as " + resolution + " by " + target.user
                        + (payment == null ? "" : "; payment " + payment + " will be paid again"
                        + (viaPos ? " in cash by PT Pos" : "") + " in the next cycle"));
            });
        }
    }
}
