package id.bansos.app.reliability;

import id.bansos.app.cli.BansosCommand;
import id.bansos.app.testing.TestPostgres;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code bansos.jar} commands in the test's own JVM, on a database and with settings of the caller's choosing:
 * the same command code a process runs, without the JVM start, for the steps of a cycle nobody interrupts.
 */
final class InProcessCli {

    private InProcessCli() {
    }

    /**
     * Runs one command with the database and the given settings as system properties, restored afterwards; fails
     * unless it ends with status 0.
     */
    static synchronized void run(TestPostgres.Database db, Map<String, String> properties, String... args) {
        Map<String, String> settings = new LinkedHashMap<>(properties);
        if (db != null) {
            settings.put("bansos.db.url", db.url());
            settings.put("bansos.db.user", db.user());
            settings.put("bansos.db.password", db.password());
        }
        Map<String, String> before = new HashMap<>();
        settings.forEach((key, value) -> before.put(key, System.setProperty(key, value)));
        try {
            int status = new CommandLine(new BansosCommand()).execute(args);
            if (status != 0) {
                throw new IllegalStateException(String.join(" ", args) + " ended with status " + status);
            }
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }
}
