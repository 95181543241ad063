package id.bansos.app.cli;

import id.bansos.reconciliation.cases.CaseRefused;
import id.bansos.reconciliation.cases.Resolution;
import id.bansos.reconciliation.cases.axon.CaseCommands;
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
        subcommands = {CaseCommand.Show.class, CaseCommand.Assign.class, CaseCommand.Note.class,
                CaseCommand.Resolve.class})
class CaseCommand {

    /** Runs an action on a started ledger; a refusal by the case's rules prints its reason and exits 3. */
    static int run(Consumer<ConfigurableApplicationContext> action) {
        try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
            action.accept(ctx);
            return 0;
        } catch (CaseRefused e) {
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
                        c.get("household_id"), c.get("channel"), c.get("assignee") == null ? "nobody" : c.get("assignee"),
                        c.get("flags"), ((Number) c.get("amount")).longValue());
                System.out.println("Flags:");
                jdbi.useHandle(h -> h.createQuery("SELECT type, evidence FROM case_flag WHERE case_id = :id ORDER BY raised_at")
                        .bind("id", caseId).mapToMap().forEach(f -> System.out.printf("  %-22s %s%n", f.get("type"),
                                f.get("evidence"))));
                System.out.println("Trail:");
                jdbi.useHandle(h -> h.createQuery("SELECT at, actor, action, detail FROM case_trail WHERE case_id = :id ORDER BY seq")
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
                ctx.getBean(CommandGateway.class).sendAndWait(new CaseCommands.NoteCase(target.caseId, text, target.user));
                System.out.println("Noted on case " + target.caseId + " by " + target.user);
            });
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, description = "Resolve the case, saying how and why.")
    static class Resolve implements Callable<Integer> {
        @Mixin
        Target target;
        @Option(names = "--as", required = true,
                description = "FALSE_POSITIVE, RETURNED_TO_TREASURY, REISSUE_REQUESTED, GROUND_CHECKED or ESCALATED.")
        Resolution resolution;
        @Option(names = "--reason", required = true, description = "Why; for a deposit, its reference.")
        String reason;

        @Override
        public Integer call() {
            return run(ctx -> {
                ctx.getBean(CommandGateway.class).sendAndWait(new CaseCommands.ResolveCase(target.caseId, resolution,
                        reason, target.user));
                System.out.println("Case " + target.caseId + " resolved as " + resolution + " by " + target.user);
            });
        }
    }
}
