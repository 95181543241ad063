package id.bansos.app.reliability;

import id.bansos.app.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * One payment cycle that comes out the same for its seed however often, wherever and by whatever means it runs: a
 * generated roster imported for {@link #PERIOD}; the programs' batches prepared; each batch submitted, approved by
 * as many approvers as its total needs and funded by its SP2D; every batch exported; the banks' and PT Pos's
 * simulated replies received from every inbox folder at once and reconciled, raising the flags that follow. Each
 * step is a command line of {@code bansos.jar}, handed to a {@link Steps} of the caller's choosing.
 */
final class SeededCycle {

    /** The cycle the suite runs: 150 households, Sembako, six batches (a few minutes). */
    static final SeededCycle STANDARD = new SeededCycle(150, 7, List.of("SEMBAKO"));
    /** The long variant's cycle: 2,000 households, PKH and Sembako. */
    static final SeededCycle LARGE = new SeededCycle(2000, 7, List.of("PKH", "SEMBAKO"));
    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    /** Monday 5 October 2026, 09:00 WIB: every export plan is made at this moment. */
    static final Instant EXPORT_TIME = Instant.parse("2026-10-05T02:00:00Z");
    static final String MAKER = "rina";
    static final List<String> CHECKERS = List.of("budi", "sari");
    static final String TREASURER = "bendahara";
    static final String RECONCILER = "siti";
    /** Households per unit of work of an import, small so that an import commits in several steps. */
    private static final int IMPORT_CHUNK = 25;

    private final int households;
    private final long seed;
    private final List<String> programs;

    SeededCycle(int households, long seed, List<String> programs) {
        this.households = households;
        this.seed = seed;
        this.programs = List.copyOf(programs);
    }

    /** One command line of the cycle; its name says what it does to what, e.g. {@code export SEMBAKO-2026-10-BRI-1}. */
    record Step(String name, List<String> args) {
        Step(String name, String... args) {
            this(name, List.of(args));
        }

        String[] argv() {
            return args.toArray(String[]::new);
        }
    }

    /** Runs the steps of a cycle, one at a time. */
    @FunctionalInterface
    interface Steps {
        void run(Step step) throws Exception;
    }

    /**
     * The settings every run of the cycle uses: its exchange folder, the fixed export time, small import chunks, and
     * inbox files taken as soon as they are there.
     */
    static Map<String, String> settings(Path exchange) {
        return Map.of("bansos.exchange.root", exchange.toString(),
                "bansos.export.fixed-time", EXPORT_TIME.toString(),
                "bansos.roster.chunk-size", Integer.toString(IMPORT_CHUNK),
                "bansos.exchange.settle-time", "0s");
    }

    /** The whole cycle: {@link #approveAndFund}, {@link #export}, {@link #bankReplies}, {@link #reconcile}. */
    void run(TestPostgres.Database db, Path exchange, Steps steps) throws Exception {
        approveAndFund(db, exchange, steps);
        export(db, steps);
        bankReplies(exchange, exchange.resolve("inbox"));
        reconcile(steps);
    }

    /**
     * Imports the seed's roster, prepares every program's batches, and has each batch submitted by the maker,
     * approved by the checkers in turn until it is approved, and funded by an SP2D of its total.
     */
    void approveAndFund(TestPostgres.Database db, Path exchange, Steps steps) throws Exception {
        Path roster = exchange.resolveSibling("roster-" + households + "-" + seed + ".csv");
        InProcessCli.run(null, Map.of(), "roster", "generate", "--households", Integer.toString(households), "--seed",
                Long.toString(seed), "--out", roster.toString());
        steps.run(new Step("import", "roster", "import", roster.toString(), "--period", PERIOD.toString(), "--user",
                MAKER));
        for (String program : programs) {
            steps.run(new Step("prepare " + program, "cycle", "prepare", "--program", program, "--period",
                    PERIOD.toString(), "--user", MAKER));
        }
        Jdbi jdbi = jdbi(db);
        for (String batchId : batchIds(jdbi)) {
            steps.run(new Step("submit " + batchId, "batch", "submit", batchId, "--user", MAKER));
            for (String checker : CHECKERS) {
                if (status(jdbi, batchId).equals("APPROVED")) {
                    break;
                }
                steps.run(new Step("approve " + batchId + " by " + checker, "batch", "approve", batchId, "--user",
                        checker));
            }
            long total = jdbi.withHandle(h -> h.createQuery("SELECT control_sum FROM payment_batch WHERE batch_id = :b")
                    .bind("b", batchId).mapTo(Long.class).one());
            steps.run(new Step("fund " + batchId, "batch", "fund", batchId, "--sp2d", "SP2D-" + batchId, "--amount",
                    Long.toString(total), "--user", TREASURER));
        }
    }

    /** Exports every batch into its channel's outbox. */
    void export(TestPostgres.Database db, Steps steps) throws Exception {
        for (String batchId : batchIds(jdbi(db))) {
            steps.run(new Step("export " + batchId, "batch", "export", batchId, "--user", MAKER));
        }
    }

    /** The banks' and PT Pos's replies to every file in the outbox, written into {@code inbox/<CHANNEL>/}. */
    void bankReplies(Path exchange, Path inbox) {
        InProcessCli.run(null, Map.of(), "simulate", "bank", "--in", exchange.resolve("outbox").toString(), "--out",
                inbox.toString(), "--seed", Long.toString(seed));
    }

    /** Receives every inbox folder's files and reconciles, as the inbox job does. */
    void reconcile(Steps steps) throws Exception {
        steps.run(new Step("reconcile", "reconcile", "--inbox", "--user", RECONCILER));
    }

    private static List<String> batchIds(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT batch_id FROM payment_batch ORDER BY batch_id")
                .mapTo(String.class).list());
    }

    private static String status(Jdbi jdbi, String batchId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT status FROM payment_batch WHERE batch_id = :b")
                .bind("b", batchId).mapTo(String.class).one());
    }

    static Jdbi jdbi(TestPostgres.Database db) {
        return Jdbi.create(db.url(), db.user(), db.password());
    }

    @Override
    public String toString() {
        return households + " households, seed " + seed + ", " + String.join(" and ", programs);
    }
}
