package id.bansos.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.TestPostgres;
import id.bansos.bank.payment.DigestingOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency: a cycle whose steps are killed with SIGKILL at many points — during import, batch building,
 * approval, funding, export, file intake, reconciliation and flagging — each killed step then run again to its end,
 * comes to exactly what the same cycle run without interruption comes to: the same payments with the same outcomes,
 * the same files byte for byte, the same flags, money trail and trial balance, and the same number of events of each
 * type (none lost, none doubled). Steps with kill points run as processes of their own; the others run in the
 * test's JVM, as the uninterrupted cycle does.
 *
 * <p>By default: 150 households, Sembako, 25 kill points (a few minutes). {@code -Dbansos.crash.long=true}: 2,000
 * households, PKH and Sembako, and kill points in every batch's steps and through a larger reconciliation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashConsistencyTest {

    private static final boolean LONG = Boolean.getBoolean("bansos.crash.long");
    private static final SeededCycle CYCLE = LONG ? SeededCycle.LARGE : SeededCycle.STANDARD;
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(LONG ? 30 : 5);
    private static final List<String> OUTBOX_CHANNELS = List.of("BRI", "BNI", "MANDIRI", "BTN", "BSI", "POS");

    @TempDir
    static Path dir;

    private CycleOutcome uninterrupted;
    private CycleOutcome crashed;
    private final List<String> landed = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();
    private final List<String> partialFiles = new ArrayList<>();

    @BeforeAll
    void given_the_uninterrupted_cycle_and_the_same_cycle_killed_at_every_point_and_run_again() throws Exception {
        uninterrupted = UninterruptedRun.of(CYCLE, dir);
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Path exchange = Files.createDirectories(dir.resolve("crashed").resolve("exchange"));
        Path logs = Files.createDirectories(dir.resolve("crashed").resolve("logs"));
        Map<String, String> settings = SeededCycle.settings(exchange);
        Jdbi jdbi = SeededCycle.jdbi(db);
        List<KillPoint> points = LONG ? longKillPoints() : killPoints();
        List<KillPoint> unused = new ArrayList<>(points);
        long started = System.nanoTime();

        CYCLE.run(db, exchange, step -> {
            List<KillPoint> mine = points.stream().filter(p -> p.step().equals(step.name())).toList();
            if (mine.isEmpty()) {
                InProcessCli.run(db, settings, step.argv());
                return;
            }
            unused.removeAll(mine);
            String logName = step.name().replace(' ', '_');
            for (int n = 0; n < mine.size(); n++) {
                kill(mine.get(n), AppNode.command(logName + "-killed-" + (n + 1), db, settings, logs, step.argv()),
                        jdbi, exchange);
            }
            AppNode.run(logName + "-to-the-end", db, settings, logs, STEP_TIMEOUT, step.argv());
        });
        crashed = CycleOutcome.of(db, exchange);

        unused.forEach(p -> missed.add(p + ": its step never ran"));
        System.out.printf("Crashed cycle (%s) in %.0f s, %d kill points:%n", CYCLE,
                (System.nanoTime() - started) / 1e9, points.size());
        landed.forEach(line -> System.out.println("  killed " + line));
        missed.forEach(line -> System.out.println("  MISSED " + line));
    }

    @Test
    void every_kill_landed_on_a_running_process_at_its_point() {
        assertThat(missed).as("kill points whose process ended before the point").isEmpty();
        assertThat(landed).hasSizeGreaterThanOrEqualTo(LONG ? 60 : 25);
    }

    @Test
    void the_outbox_never_held_a_partial_file_and_no_staging_file_is_left() {
        assertThat(partialFiles).as("files in the outbox at a kill that differ from the finished ones").isEmpty();
        assertThat(crashed.section("files in outbox")).noneMatch(f -> f.startsWith(".staging"));
        assertThat(crashed.section("files in received")).noneMatch(f -> f.startsWith(".staging"));
    }

    @Test
    void the_same_files_are_in_the_outbox_byte_for_byte_and_every_bank_file_was_received_once() {
        assertSame("files in outbox", "batch files", "files received", "statement numbers", "files in received",
                "files in quarantine", "files in inbox");
    }

    @Test
    void the_same_households_batches_and_payments_with_the_same_outcomes() {
        assertSame("households", "entitlements", "held", "batches", "payments", "reconciliation exceptions");
    }

    @Test
    void the_same_flags_and_cases() {
        assertSame("flags", "cases");
    }

    @Test
    void the_same_money_trail_and_trial_balance() {
        assertSame("money trail postings", "trial balance");
    }

    @Test
    void the_same_events_of_every_type_none_lost_none_doubled() {
        assertSame("events by type");
    }

    private void assertSame(String... sections) {
        for (String section : sections) {
            assertThat(crashed.section(section)).as(section + " after the crashes, against the uninterrupted cycle")
                    .containsExactlyElementsOf(uninterrupted.section(section));
        }
    }

    /** Starts watching the process, kills it at the point, and checks the outbox at that moment. */
    private void kill(KillPoint point, AppNode process, Jdbi jdbi, Path exchange) throws Exception {
        try (Handle handle = jdbi.open()) {
            KillPoint.Probe probe = new KillPoint.Probe(handle, exchange);
            long base = point.measure().of(probe);
            while (point.measure().of(probe) - base < point.more()) {
                if (!process.alive()) {
                    missed.add(point + ": the process ended first, with status " + process.awaitExit(Duration.ZERO));
                    return;
                }
                Thread.sleep(10);
            }
            process.killHard();
            landed.add(String.format("%-58s after %5d ms; %5d events, %3d files received, %3d in the outbox", point,
                    probe.millis(), probe.count("SELECT COUNT(*) FROM domain_event_entry"),
                    probe.count("SELECT COUNT(*) FROM inbound_file"), probe.files("outbox")));
        }
        checkOutbox(exchange);
    }

    /** Every file in a channel's outbox folder is whole: the bytes the uninterrupted cycle placed under its name. */
    private void checkOutbox(Path exchange) throws IOException {
        for (String channel : OUTBOX_CHANNELS) {
            Path folder = exchange.resolve("outbox").resolve(channel);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    String line;
                    try {
                        line = channel + "/" + file.getFileName() + "|" + DigestingOutputStream.sha256(file);
                    } catch (NoSuchFileException gone) {
                        continue;
                    }
                    if (!uninterrupted.section("files in outbox").contains(line)) {
                        partialFiles.add(line);
                    }
                }
            }
        }
    }

    /**
     * 25 points over the default cycle's steps. Within a step each point lies past anything the kill before it can
     * overshoot to: the POS manifests are recorded in one command and moved at once, so a kill once they are recorded
     * could find every manifest moved, leaving the next run nothing to do; a scan's flags (up to a thousand) are raised
     * in one unit of work, so there is one point for them, not one after the first flag and another after more.
     */
    private static List<KillPoint> killPoints() {
        String bri = "SEMBAKO-2026-10-BRI-1";
        String pos = "SEMBAKO-2026-10-POS-1";
        String bni = "SEMBAKO-2026-10-BNI-1";
        List<KillPoint> p = new ArrayList<>();
        p.add(KillPoint.afterMillis("import", "the JVM is starting", 1500));
        p.add(KillPoint.rows("import", "the import is recorded, no household yet",
                "SELECT COUNT(*) FROM roster_import", 1));
        p.add(KillPoint.events("import", "the first households are stored", "HouseholdRegistered", 1));
        p.add(KillPoint.events("import", "half the households are stored", "HouseholdRegistered", 50));
        p.add(KillPoint.rows("import", "the import is done, the read models not yet",
                "SELECT COUNT(*) FROM roster_import WHERE status = 'DONE'", 1));
        p.add(KillPoint.events("prepare SEMBAKO", "the first channel's lines are scheduled", "PaymentScheduled", 1));
        p.add(KillPoint.rows("prepare SEMBAKO", "the held entitlements are recorded",
                "SELECT COUNT(*) FROM cycle_held", 1));
        p.add(KillPoint.events("prepare SEMBAKO", "the first batch is prepared", "BatchPrepared", 1));
        p.add(KillPoint.events("submit " + bri, "the batch is submitted, the read model not yet", "BatchSubmitted", 1));
        p.add(KillPoint.afterMillis("approve " + bri + " by budi", "Spring is starting", 1500));
        p.add(KillPoint.events("approve " + bri + " by budi", "the approval is stored", "BatchApproved", 1));
        p.add(KillPoint.events("approve " + pos + " by budi", "the approval is stored", "BatchApproved", 1));
        p.add(KillPoint.events("fund " + bni, "the SP2D is stored", "BatchFunded", 1));
        p.add(KillPoint.files("export " + bni, "a file is written to staging", "outbox/.staging", 1));
        p.add(KillPoint.events("export " + bri, "the export plan is stored", "BatchExportPlanned", 1));
        p.add(KillPoint.events("export " + bri, "the file is recorded", "BatchFileExported", 1));
        p.add(KillPoint.events("export " + pos, "the export plan is stored", "BatchExportPlanned", 1));
        p.add(KillPoint.files("export " + pos, "the first manifest is in the outbox", "outbox/POS", 1));
        p.add(KillPoint.files("reconcile", "the first reply is being stored", "received", 1));
        p.add(KillPoint.rows("reconcile", "the first reply is recorded", "SELECT COUNT(*) FROM inbound_file", 1));
        p.add(KillPoint.rows("reconcile", "ten more replies are recorded", "SELECT COUNT(*) FROM inbound_file", 10));
        p.add(KillPoint.rows("reconcile", "another ten replies are recorded", "SELECT COUNT(*) FROM inbound_file", 10));
        p.add(KillPoint.events("reconcile", "the first outcomes are recorded", "PaymentCredited", 1));
        p.add(KillPoint.rows("reconcile", "a reply is applied",
                "SELECT COUNT(*) FROM inbound_file WHERE status = 'APPLIED'", 1));
        p.add(KillPoint.events("reconcile", "the flags are raised", "FlagRaised", 1));
        return p;
    }

    /** The default points, then points in every batch's export and every channel's reconciliation. */
    private static List<KillPoint> longKillPoints() {
        List<KillPoint> p = new ArrayList<>();
        p.add(KillPoint.afterMillis("import", "the JVM is starting", 1500));
        p.add(KillPoint.events("import", "the first households are stored", "HouseholdRegistered", 1));
        p.add(KillPoint.events("import", "a fifth of the households are stored", "HouseholdRegistered", 400));
        p.add(KillPoint.events("import", "half the households are stored", "HouseholdRegistered", 600));
        p.add(KillPoint.rows("import", "the import is done, the read models not yet",
                "SELECT COUNT(*) FROM roster_import WHERE status = 'DONE'", 1));
        for (String program : List.of("PKH", "SEMBAKO")) {
            p.add(KillPoint.events("prepare " + program, "the first lines are scheduled", "PaymentScheduled", 1));
            p.add(KillPoint.events("prepare " + program, "the first batch is prepared", "BatchPrepared", 1));
            for (String channel : OUTBOX_CHANNELS) {
                String batch = program + "-2026-10-" + channel + "-1";
                p.add(KillPoint.events("submit " + batch, "the batch is submitted", "BatchSubmitted", 1));
                p.add(KillPoint.events("approve " + batch + " by budi", "the approval is stored", "BatchApproved", 1));
                p.add(KillPoint.events("fund " + batch, "the SP2D is stored", "BatchFunded", 1));
                p.add(KillPoint.events("export " + batch, "the export plan is stored", "BatchExportPlanned", 1));
                p.add(KillPoint.events("export " + batch, "a file is recorded", "BatchFileExported", 1));
            }
        }
        p.add(KillPoint.rows("reconcile", "the first reply is recorded", "SELECT COUNT(*) FROM inbound_file", 1));
        for (int n = 0; n < 5; n++) {
            p.add(KillPoint.rows("reconcile", "twenty more replies are recorded", "SELECT COUNT(*) FROM inbound_file",
                    20));
        }
        p.add(KillPoint.events("reconcile", "the first outcomes are recorded", "Payment%", 1));
        for (int n = 0; n < 3; n++) {
            p.add(KillPoint.events("reconcile", "a thousand more outcomes are recorded", "Payment%", 1000));
        }
        p.add(KillPoint.rows("reconcile", "a reply is applied",
                "SELECT COUNT(*) FROM inbound_file WHERE status = 'APPLIED'", 1));
        p.add(KillPoint.events("reconcile", "the flags are raised", "FlagRaised", 1));
        return p;
    }
}
