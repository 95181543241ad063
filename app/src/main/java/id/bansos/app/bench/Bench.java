package id.bansos.app.bench;

import id.bansos.app.cycle.CycleRun;
import id.bansos.app.db.ScratchDatabase;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.program.RuleBasedEntitlements;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark: the cycle's stages for N generated households on a fresh database, and two references on the same
 * machine and data — naive Axon (one command per household, default processor settings) and raw PostgreSQL (batched
 * JDBC inserts of event-shaped rows).
 */
public final class Bench {

    private static final YearMonth PERIOD = YearMonth.of(2026, 10);

    /** Everything one run measured. */
    public record Result(int households, List<BenchStage> stages, BenchStage naive, BenchStage raw,
                         double wallSeconds) {
        /** Tuned import households/second over naive households/second. */
        public double tunedOverNaive() {
            return stages.get(0).householdsPerSecond() / naive.householdsPerSecond();
        }

        /** Tuned import events/second over raw PostgreSQL rows/second. */
        public double tunedOverRaw() {
            return stages.get(0).eventsPerSecond() / raw.eventsPerSecond();
        }

        /**
         * The machine's busy processor time over all stages per household, in milliseconds (the JVM and the embedded
         * PostgreSQL together), where the machine reports it.
         */
        public Optional<Double> busyMillisPerHousehold() {
            double busy = 0;
            for (BenchStage s : stages) {
                if (s.cpu().machine().isEmpty()) {
                    return Optional.empty();
                }
                busy += s.cpu().machine().get().busySeconds();
            }
            return Optional.of(1000 * busy / households);
        }
    }

    private Bench() {
    }

    /** Runs the benchmark on databases created on the PostgreSQL at {@code adminUrl}. */
    public static Result run(int households, long seed, int naiveSample, String adminUrl, String user, String password,
                             Path work) throws IOException, SQLException {
        Path roster = work.resolve("bench-roster.csv");
        try (Writer w = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
            RosterWriter writer = new RosterWriter(w);
            new RosterGenerator(GeneratorOptions.of(households, seed)).generate(writer::write);
        }
        List<String> databases = new ArrayList<>();
        try {
            return run(households, seed, naiveSample, adminUrl, user, password, work, roster, databases);
        } finally {
            for (String url : databases) {
                ScratchDatabase.drop(adminUrl, user, password, url);
            }
        }
    }

    private static Result run(int households, long seed, int naiveSample, String adminUrl, String user,
                              String password, Path work, Path roster, List<String> databases)
            throws IOException, SQLException {
        long started = System.nanoTime();
        List<BenchStage> stages = new ArrayList<>();
        int payloadBytes;
        try (ConfigurableApplicationContext ctx = start(freshDatabase(adminUrl, user, password, databases), user,
                password, work, false)) {
            Jdbi jdbi = ctx.getBean(Jdbi.class);
            java.util.function.LongSupplier events = () -> jdbi.withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM domain_event_entry").mapTo(Long.class).one());
            CycleRun cycle = new CycleRun(ctx, PERIOD);
            StageMeter importing = new StageMeter("roster import + entitlements + projections", events);
            cycle.importRoster(roster, "bench");
            stages.add(importing.finish(households));

            StageMeter preparing = new StageMeter("cycle prepare (PKH, SEMBAKO) + projections", events);
            List<String> batchIds = CycleRun.batchIds(cycle.prepare(List.of("PKH", "SEMBAKO"), "bench"));
            stages.add(preparing.finish(households));

            StageMeter approving = new StageMeter("submit + approve every batch (digest over all lines)", events);
            cycle.approve(batchIds, "bench-maker", List.of("bench-checker-1", "bench-checker-2"));
            stages.add(approving.finish(households));

            StageMeter exporting = new StageMeter("export every batch: pain.001 and PT Pos manifests", events);
            Map<String, List<OutboxFile>> exported = cycle.export(batchIds, "bench");
            stages.add(exporting.finish(households));

            StageMeter replying = new StageMeter("simulated bank and PT Pos replies written and received", events);
            cycle.simulateBankReplies(exported, SimulationOptions.of(seed, SimulationOptions.Rates.typical()),
                    decision -> { });
            stages.add(replying.finish(households));

            StageMeter reconciling = new StageMeter("reconciliation + flags + projections", events);
            cycle.reconcile("bench");
            ctx.getBean(ReadModels.class).awaitCaughtUp(Duration.ofMinutes(30));
            stages.add(reconciling.finish(households));
            payloadBytes = jdbi.withHandle(h -> h.createQuery(
                    "SELECT COALESCE(AVG(octet_length(payload)), 0)::int FROM domain_event_entry")
                    .mapTo(Integer.class).one());
        }
        BenchStage naive = naive(naiveSample, freshDatabase(adminUrl, user, password, databases), user, password, work);
        BenchStage raw = raw(freshDatabase(adminUrl, user, password, databases), user, password, stages.get(0).events(),
                payloadBytes);
        return new Result(households, stages, naive, raw, (System.nanoTime() - started) / 1e9);
    }

    private static BenchStage naive(int sample, String url, String user, String password, Path work) {
        try (ConfigurableApplicationContext ctx = start(url, user, password, work, true)) {
            List<HouseholdRecord> records = new ArrayList<>();
            new RosterGenerator(GeneratorOptions.of(sample, 4242)).generate(records::add);
            RuleBasedEntitlements rules = ctx.getBean(RuleBasedEntitlements.class);
            CommandGateway commands = ctx.getBean(CommandGateway.class);
            Jdbi jdbi = ctx.getBean(Jdbi.class);
            StageMeter meter = new StageMeter("naive Axon: one command per household, default processors",
                    () -> jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM domain_event_entry")
                            .mapTo(Long.class).one()));
            for (HouseholdRecord r : records) {
                List<Entitlement> determined = rules.entitlementsFor(r, PERIOD);
                commands.sendAndWait(new ApplyRosterLine(r.householdId(), r, PERIOD, determined, "naive"));
            }
            ctx.getBean(ReadModels.class).awaitCaughtUp(Duration.ofMinutes(30));
            return meter.finish(sample);
        }
    }

    private static BenchStage raw(String url, String user, String password, long rows, int payloadBytes)
            throws SQLException {
        byte[] payload = new byte[payloadBytes];
        java.util.Arrays.fill(payload, (byte) 'x');
        try (Connection c = DriverManager.getConnection(url + "?reWriteBatchedInserts=true", user, password)) {
            c.createStatement().execute("""
                    CREATE TABLE raw_event (global_index BIGSERIAL PRIMARY KEY,
                        aggregate_identifier VARCHAR(255) NOT NULL,
                        sequence_number BIGINT NOT NULL, type VARCHAR(255),
                        event_identifier VARCHAR(255) NOT NULL UNIQUE,
                        meta_data BYTEA, payload BYTEA NOT NULL, payload_revision VARCHAR(255),
                        payload_type VARCHAR(255) NOT NULL, time_stamp VARCHAR(255) NOT NULL,
                        UNIQUE (aggregate_identifier, sequence_number))""");
            c.setAutoCommit(false);
            long[] inserted = new long[1];
            StageMeter meter = new StageMeter("raw PostgreSQL: batched JDBC inserts of event-shaped rows",
                    () -> inserted[0]);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO raw_event (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                        payload, payload_revision, payload_type, time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (long i = 0; i < rows; i++) {
                    ps.setString(1, "RAW" + (i / 3));
                    ps.setLong(2, i % 3);
                    ps.setString(3, "Household");
                    ps.setString(4, UUID.randomUUID().toString());
                    ps.setBytes(5, "{}".getBytes(StandardCharsets.UTF_8));
                    ps.setBytes(6, payload);
                    ps.setString(7, null);
                    ps.setString(8, "id.bansos.ledger.kpm.HouseholdRegistered");
                    ps.setString(9, java.time.Instant.now().toString());
                    ps.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        ps.executeBatch();
                        c.commit();
                        inserted[0] = i + 1;
                    }
                }
                ps.executeBatch();
                c.commit();
                inserted[0] = rows;
            }
            return meter.finish(0);
        }
    }

    private static ConfigurableApplicationContext start(String url, String user, String password, Path work,
                                                        boolean naive) {
        List<String> args = new ArrayList<>();
        if (naive) {
            args.addAll(List.of("--axon.eventhandling.processors.kpm-read-model.mode=tracking",
                    "--axon.eventhandling.processors.kpm-read-model.batch-size=1",
                    "--axon.eventhandling.processors.kpm-read-model.thread-count=1",
                    "--axon.eventhandling.processors.kpm-read-model.initial-segment-count=1",
                    "--axon.eventhandling.processors.batch-read-model.mode=tracking",
                    "--axon.eventhandling.processors.batch-read-model.batch-size=1"));
        }
        return ScratchDatabase.start(url, user, password, work.resolve("exchange"), args);
    }

    /** A new database for one part of the run, dropped when the run ends. */
    private static String freshDatabase(String adminUrl, String user, String password, List<String> databases)
            throws SQLException {
        String url = ScratchDatabase.create(adminUrl, user, password, "bansos_bench");
        databases.add(url);
        return url;
    }
}
