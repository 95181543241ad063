package id.bansos.app.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A moment in a step of a cycle at which the step's process is killed with SIGKILL: once a measure of the ledger has
 * grown by {@code more} since the process started (the first household stored, the fifth file received …), or once
 * the process has run that many milliseconds.
 *
 * @param step   the {@link SeededCycle.Step#name() step} it kills
 * @param moment what is going on at that moment, in words
 */
record KillPoint(String step, String moment, Measure measure, long more) {

    /** Something of the ledger that grows as a step does its work. */
    @FunctionalInterface
    interface Measure {
        long of(Probe probe);
    }

    /** Killed once the process has run {@code millis}: the JVM or Spring is still starting. */
    static KillPoint afterMillis(String step, String moment, long millis) {
        return new KillPoint(step, moment, Probe::millis, millis);
    }

    /** Killed once {@code more} events of the type (its simple name) were stored since the process started. */
    static KillPoint events(String step, String moment, String type, long more) {
        return new KillPoint(step, moment, p -> p.count(
                "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%" + type + "'"), more);
    }

    /** Killed once the query counts {@code more} than when the process started. */
    static KillPoint rows(String step, String moment, String countQuery, long more) {
        return new KillPoint(step, moment, p -> p.count(countQuery), more);
    }

    /** Killed once {@code more} files are under the exchange folder's sub-folder than when the process started. */
    static KillPoint files(String step, String moment, String folder, long more) {
        return new KillPoint(step, moment, p -> p.files(folder), more);
    }

    @Override
    public String toString() {
        return step + ": " + moment;
    }

    /** What a kill point looks at while its process runs: the database, the exchange folder, the clock. */
    static final class Probe {
        private static final String UNDEFINED_TABLE = "42P01";
        private final Handle db;
        private final Path exchange;
        private final long started = System.nanoTime();

        Probe(Handle db, Path exchange) {
            this.db = db;
            this.exchange = exchange;
        }

        long millis() {
            return (System.nanoTime() - started) / 1_000_000;
        }

        /** What the query counts; 0 while its tables do not exist yet (the process has not migrated the schema). */
        long count(String query) {
            try {
                return db.createQuery(query).mapTo(Long.class).one();
            } catch (UnableToExecuteStatementException e) {
                if (e.getCause() instanceof SQLException sql && UNDEFINED_TABLE.equals(sql.getSQLState())) {
                    return 0;
                }
                throw e;
            }
        }

        /** The files under the folder; a walk that meets a file being moved away is walked again. */
        long files(String folder) {
            Path dir = exchange.resolve(folder);
            for (int attempt = 1; ; attempt++) {
                if (!Files.isDirectory(dir)) {
                    return 0;
                }
                try (Stream<Path> walk = Files.walk(dir)) {
                    return walk.filter(Files::isRegularFile).count();
                } catch (IOException | UncheckedIOException e) {
                    if (attempt == 10) {
                        throw new IllegalStateException("cannot count the files in " + dir, e);
                    }
                }
            }
        }
    }
}
