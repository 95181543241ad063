package id.bansos.app.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flags list}: the investigation work queue, filtered. */
@Command(name = "flags", mixinStandardHelpOptions = true, description = "Flags and the investigation work queue.",
        subcommands = FlagsCommand.ListFlags.class)
class FlagsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Flags with their case, type, household, channel, amount and evidence; oldest first.")
    static class ListFlags implements Callable<Integer> {

        @Option(names = "--type", description = "Only this type, e.g. DOUBLE_CREDIT, UNCLAIMED, SUSPENSE.")
        String type;

        @Option(names = "--channel", description = "Only this channel, e.g. BRI or POS.")
        String channel;

        @Option(names = "--status", defaultValue = "OPEN",
                description = "OPEN, RESOLVED or ALL (default ${DEFAULT-VALUE}).")
        String status;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
                List<Map<String, Object>> flags = ctx.getBean(Jdbi.class).withHandle(h -> h.createQuery("""
                                SELECT f.case_id, c.status, f.type, f.household_id, f.channel, f.amount, f.raised_at,
                                       f.evidence
                                FROM case_flag f JOIN investigation_case c ON c.case_id = f.case_id
                                WHERE (:type IS NULL OR f.type = :type) AND (:channel IS NULL OR f.channel = :channel)
                                  AND (:status = 'ALL' OR c.status = :status)
                                ORDER BY f.raised_at, f.flag_key LIMIT :limit""")
                        .bind("type", type).bind("channel", channel).bind("status", status).bind("limit", limit)
                        .mapToMap().list());
                for (Map<String, Object> f : flags) {
                    System.out.printf("%-22s %-8s %-22s %-7s Rp %,13d  %s%n", f.get("case_id"), f.get("status"),
                            f.get("type"), f.get("channel"), ((Number) f.get("amount")).longValue(), f.get("evidence"));
                }
                System.out.println(flags.size() + " flags shown.");
                return 0;
            }
        }
    }
}
