package id.bansos.app.cli;

import id.bansos.app.axon.ReadModelReplay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code readmodels replay}: drop and rebuild read models from the event store. */
@Command(name = "readmodels", mixinStandardHelpOptions = true, description = "Operate the read models.",
        subcommands = ReadModelsCommand.Replay.class)
class ReadModelsCommand {

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Empty the read-model tables of the named processing groups (all when none is named) and",
                    "rebuild them by replaying every event. Stop the other nodes' processors first"
                            + " (docs/operations.md)."})
    static class Replay implements Callable<Integer> {

        @Parameters(paramLabel = "GROUP", arity = "0..*", description = "Processing groups, e.g. kpm-read-model.")
        List<String> groups = new ArrayList<>();

        @Override
        public Integer call() {
            long started = System.nanoTime();
            try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
                List<String> replayed = ctx.getBean(ReadModelReplay.class).replay(groups, Duration.ofHours(6));
                System.out.printf("Replayed %s in %.1f s%n", String.join(", ", replayed),
                        (System.nanoTime() - started) / 1e9);
                return 0;
            }
        }
    }
}
