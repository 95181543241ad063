package id.bansos.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.db.EmbeddedDatabase;
import id.bansos.app.testing.JavaProcess;
import id.bansos.app.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Database outages: PostgreSQL is stopped and started again (same data, same port) three times in the middle of a
 * cycle while a {@code serve} node works it — while its export job writes the batches' files, while its inbox job
 * receives the banks' replies, and when it has applied them and goes on to raise the flags that follow. Nobody
 * touches the node: its
 * connection pool, Quartz and Axon's processors retry with backoff and take up the work again, and the cycle comes to
 * what the same cycle run without interruption comes to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(3);
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration WORK = Duration.ofMinutes(4);
    /** How long nothing may change before the node's work counts as done. */
    private static final Duration SETTLED = Duration.ofSeconds(6);
    private static final String EVERY_TWO_SECONDS = "0/2 * * * * ?";
    private static final String NEVER = "0 0 0 1 1 ? 2099";

    @TempDir
    static Path dir;

    private Path pgdata;
    private int port;
    private EmbeddedDatabase postgres;
    private TestPostgres.Database db;
    private AppNode node;
    private CycleOutcome uninterrupted;
    private CycleOutcome afterOutages;
    private final Map<String, Map<String, Long>> atOutage = new HashMap<>();
    private final Map<String, Long> atEnd = new HashMap<>();

    @BeforeAll
    void given_a_node_working_a_cycle_through_three_database_restarts() throws Exception {
        uninterrupted = UninterruptedRun.of(SeededCycle.STANDARD, dir);
        pgdata = dir.resolve("postgres");
        port = JavaProcess.freePort();
        postgres = EmbeddedDatabase.startOrJoin(pgdata, port);
        db = new TestPostgres.Database(postgres.jdbcUrl(), "postgres", "", "embedded");
        Path exchange = Files.createDirectories(dir.resolve("outages").resolve("exchange"));
        Map<String, String> settings = SeededCycle.settings(exchange);
        SeededCycle.STANDARD.approveAndFund(db, exchange, step -> InProcessCli.run(db, settings, step.argv()));

        Map<String, String> nodeSettings = new HashMap<>(settings);
        nodeSettings.putAll(Map.of("bansos.exchange.settle-time", "1s",
                "bansos.jobs.export-cron", EVERY_TWO_SECONDS, "bansos.jobs.inbox-cron", EVERY_TWO_SECONDS,
                "bansos.jobs.prepare-cron", NEVER, "bansos.jobs.remind-cron", NEVER));
        node = AppNode.serve("node", db, nodeSettings, Files.createDirectories(dir.resolve("outages").resolve("logs")));
        node.awaitHealthy(START);

        restartWhen("the export job writes the files",
                "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%BatchExportPlanned'", 1);
        awaitSettled("SELECT COUNT(*) FROM payment_batch WHERE status <> 'EXPORTED'");

        Path replies = dir.resolve("outages").resolve("replies");
        SeededCycle.STANDARD.bankReplies(exchange, replies);
        dropAllAtOnce(replies, exchange.resolve("inbox"));
        restartWhen("the inbox job receives the replies", "SELECT COUNT(*) FROM inbound_file", 1);
        restartWhen("the inbox job applies the replies, then raises flags",
                "SELECT COUNT(*) FROM inbound_file WHERE status = 'APPLIED'", 1);
        awaitSettled("""
                SELECT (SELECT COUNT(*) FROM inbound_file WHERE status = 'ACCEPTED')
                     + (SELECT COUNT(*) FROM inbound_file WHERE status = 'APPLIED' AND flags_scanned_at IS NULL)""");
        assertThat(inboxFiles(exchange.resolve("inbox"))).as("files left in the inbox").isZero();
        atEnd.putAll(figures());
        afterOutages = CycleOutcome.of(db, exchange);
        System.out.println("After three outages: " + atEnd + "; at each outage: " + atOutage);
    }

    @AfterAll
    void stopTheNodeAndTheDatabase() throws InterruptedException {
        if (node != null) {
            node.killHard();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void each_outage_came_in_the_middle_of_the_work() {
        assertThat(atOutage.get("the export job writes the files").get("exported batches"))
                .isLessThan(atEnd.get("exported batches"));
        assertThat(atOutage.get("the inbox job receives the replies").get("files received"))
                .isLessThan(atEnd.get("files received"));
        assertThat(atOutage.get("the inbox job applies the replies, then raises flags").get("flags"))
                .isLessThan(atEnd.get("flags"));
    }

    @Test
    void the_node_came_through_by_itself_and_is_healthy() throws Exception {
        assertThat(node.alive()).isTrue();
        node.awaitHealthy(Duration.ofSeconds(30));
    }

    @Test
    void the_same_payments_outcomes_files_flags_trail_and_events_as_without_outages() {
        for (String section : List.of("events by type", "batches", "batch files", "payments", "files in outbox",
                "files received", "statement numbers", "reconciliation exceptions", "flags", "cases",
                "money trail postings", "trial balance", "files in received")) {
            assertThat(afterOutages.section(section))
                    .as(section + " after the outages, against the uninterrupted cycle")
                    .containsExactlyElementsOf(uninterrupted.section(section));
        }
    }

    /** Waits until the query counts {@code atLeast}, then stops PostgreSQL and starts it again. */
    private void restartWhen(String moment, String countQuery, long atLeast) throws Exception {
        long deadline = System.nanoTime() + WORK.toNanos();
        while (count(countQuery) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the node did not get to the moment '" + moment + "' within " + WORK);
            }
            Thread.sleep(20);
        }
        atOutage.put(moment, figures());
        postgres.close();
        Thread.sleep(OUTAGE.toMillis());
        postgres = EmbeddedDatabase.startOrJoin(pgdata, port);
        System.out.printf("PostgreSQL restarted when %s (down %d s): %s%n", moment, OUTAGE.toSeconds(),
                atOutage.get(moment));
    }

    /** Waits until the query counts nothing left to do and the ledger has not changed for a while. */
    private void awaitSettled(String leftQuery) throws InterruptedException {
        long deadline = System.nanoTime() + WORK.toNanos();
        Map<String, Long> last = Map.of();
        long sameSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Map<String, Long> now = figures();
            if (!now.equals(last)) {
                last = now;
                sameSince = System.nanoTime();
            } else if (count(leftQuery) == 0 && System.nanoTime() - sameSince > SETTLED.toNanos()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the node's work did not settle within " + WORK + "; last seen " + last);
    }

    /** Moves every reply into the inbox dated alike, so that the inbox job takes them all in one run. */
    private static void dropAllAtOnce(Path replies, Path inbox) throws Exception {
        FileTime written = FileTime.from(Instant.now().plusSeconds(2));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(replies)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Files.setLastModifiedTime(file, written);
            Path target = Files.createDirectories(inbox.resolve(replies.relativize(file).getParent()))
                    .resolve(file.getFileName());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static long inboxFiles(Path inbox) throws Exception {
        try (Stream<Path> walk = Files.walk(inbox)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    /** A few figures of the ledger that move while the node works; -1 each while the database cannot be reached. */
    private Map<String, Long> figures() {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("events", count("SELECT COUNT(*) FROM domain_event_entry"));
        figures.put("exported batches", count("SELECT COUNT(*) FROM payment_batch WHERE status = 'EXPORTED'"));
        figures.put("files received", count("SELECT COUNT(*) FROM inbound_file"));
        figures.put("files applied", count("SELECT COUNT(*) FROM inbound_file WHERE status = 'APPLIED'"));
        figures.put("payments with an outcome", count("SELECT COUNT(*) FROM payment_line WHERE status <> 'SCHEDULED'"));
        figures.put("flags", count("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%FlagRaised'"));
        figures.put("postings", count("SELECT COUNT(*) FROM trail_posting"));
        return figures;
    }

    /** What the query counts, on a connection of its own; -1 while the database cannot be reached. */
    private long count(String query) {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }
}
