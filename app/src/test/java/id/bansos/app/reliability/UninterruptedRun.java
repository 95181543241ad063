package id.bansos.app.reliability;

import id.bansos.app.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The outcome of a {@link SeededCycle} nobody interrupted, every step run to its end in the test's JVM on a database of
 * its own: what a run with crashes or outages must come to. Made once per JVM for each cycle.
 */
final class UninterruptedRun {

    private static final Map<String, CycleOutcome> MADE = new HashMap<>();

    private UninterruptedRun() {
    }

    /** The cycle's uninterrupted outcome, run in a folder under {@code dir} unless this JVM made it already. */
    static synchronized CycleOutcome of(SeededCycle cycle, Path dir) throws Exception {
        CycleOutcome made = MADE.get(cycle.toString());
        if (made == null) {
            TestPostgres.Database db = TestPostgres.freshDatabase();
            Path exchange = Files.createDirectories(dir.resolve("uninterrupted").resolve("exchange"));
            Map<String, String> settings = SeededCycle.settings(exchange);
            long started = System.nanoTime();
            cycle.run(db, exchange, step -> InProcessCli.run(db, settings, step.argv()));
            made = CycleOutcome.of(db, exchange);
            System.out.printf("Uninterrupted cycle (%s) in %.0f s: %s%n", cycle, (System.nanoTime() - started) / 1e9,
                    made.sizes());
            MADE.put(cycle.toString(), made);
        }
        return made;
    }
}
