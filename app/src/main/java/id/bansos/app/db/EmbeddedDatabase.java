package id.bansos.app.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL with durable settings (fsync and synchronous commit on) and its data in a directory that
 * survives restarts. A second bansos process on the same machine joins the running server instead of starting
 * another. After a hard kill of the owning JVM, the orphaned postmaster is stopped and the server started again.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String OWNER_FILE = "owner";

    private final Path dir;
    private final int port;
    private final EmbeddedPostgres server;

    private EmbeddedDatabase(Path dir, int port, EmbeddedPostgres server) {
        this.dir = dir;
        this.port = port;
        this.server = server;
    }

    /** Starts the embedded server in {@code dir}, or joins it when another live bansos process runs it. */
    @SuppressWarnings("try")
    public static EmbeddedDatabase startOrJoin(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve("start.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                Optional<Integer> running = runningOwnerPort(dir);
                if (running.isPresent()) {
                    log.info("Joining the embedded PostgreSQL of a running bansos process on port {}", running.get());
                    return new EmbeddedDatabase(dir, running.get(), null);
                }
                Path data = dir.resolve("pgdata");
                stopOrphanedPostmaster(data);
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("shared_buffers", "512MB")
                        .setServerConfig("wal_buffers", "16MB")
                        .setServerConfig("max_wal_size", "4GB")
                        .setServerConfig("checkpoint_timeout", "15min")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                Files.writeString(dir.resolve(OWNER_FILE), ProcessHandle.current().pid() + " " + port,
                        StandardCharsets.US_ASCII);
                log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", port, data);
                return new EmbeddedDatabase(dir, port, server);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** The JDBC URL of the application database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Whether this process started the server (and so stops it on close). */
    public boolean owner() {
        return server != null;
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.close();
            Files.deleteIfExists(dir.resolve(OWNER_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Integer> runningOwnerPort(Path dir) throws IOException {
        Path owner = dir.resolve(OWNER_FILE);
        if (!Files.exists(owner)) {
            return Optional.empty();
        }
        List<String> parts = List.of(Files.readString(owner, StandardCharsets.US_ASCII).trim().split(" "));
        long pid = Long.parseLong(parts.get(0));
        boolean alive = pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            Files.delete(owner);
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(parts.get(1)));
    }

    private static void stopOrphanedPostmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.US_ASCII).get(0).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (postmaster.isPresent()) {
            log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by a process that ended abruptly", pid);
            ProcessHandle p = postmaster.get();
            p.destroy();
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception timeout) {
                p.destroyForcibly();
                p.onExit().join();
            }
        }
        Files.deleteIfExists(pidFile);
    }
}
