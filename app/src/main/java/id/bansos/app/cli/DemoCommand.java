package id.bansos.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.bansos.app.cycle.CycleRun;
import id.bansos.app.db.ScratchDatabase;
import id.bansos.app.exchange.InboundFile;
import id.bansos.app.kpm.RosterImportService;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.kpm.readmodel.RosterImports;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.ledger.roster.BankAccountRules;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import id.bansos.reconciliation.trail.MoneyTrail;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import id.bansos.app.cycle.PlantCheck;
import id.bansos.bank.simulator.Decision;
import id.bansos.ledger.kpm.MemberStatus;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.PlantedCases;
import id.bansos.reconciliation.cases.FlagType;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: one whole cycle on a generated roster and a database of its own — import, prepare, maker-checker
 * approval, SP2D funding, export into the outbox, and the banks' simulated replies received — leaving the files in
 * a work folder to look at.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run one whole cycle on a generated roster and a fresh database: import, prepare PKH and",
                "Sembako, submit and approve (two approvers above the band), fund, and export pain.001 files and",
                "PT Pos manifests into the outbox of a work folder that is kept."})
class DemoCommand implements Callable<Integer> {

    static final String MAKER = "demo-pembuat";
    static final List<String> CHECKERS = List.of("demo-pemeriksa-1", "demo-pemeriksa-2");
    static final String TREASURER = "demo-bendahara";

    @Option(names = "--households", defaultValue = "2000",
            description = "Households in the roster (default ${DEFAULT-VALUE}).")
    int households;

    @Option(names = "--seed", defaultValue = "2026", description = "Roster seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--period", description = "The tahap, yyyy-MM (default: the current one).")
    YearMonth period;

    @Option(names = "--work",
            description = "The folder for the roster, database and outbox (default: a new temporary one).")
    Path work;

    @Option(names = "--db-url", description = "Admin JDBC URL of a PostgreSQL to create the demo's database on.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "postgres", description = "User for --db-url.")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "", description = "Password for --db-url.")
    String dbPassword;

    @Option(names = "--json", description = "Print the outcome as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("bansos-demo-");
        YearMonth tahap = period != null ? period
                : RosterImportService.currentTahap(LocalDate.now(ZoneId.of("Asia/Jakarta")));
        try (ScratchPostgres postgres = ScratchPostgres.open(dbUrl, folder);
             ConfigurableApplicationContext ctx = ScratchDatabase.start(
                     ScratchDatabase.create(postgres.adminUrl(), dbUser, dbPassword, "bansos_demo"), dbUser, dbPassword,
                     folder.resolve("exchange"), List.of())) {
            Path roster = folder.resolve("roster.csv");
            PlantedCases planted;
            Set<String> deceased = new HashSet<>();
            try (Writer w = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
                RosterWriter writer = new RosterWriter(w);
                planted = new RosterGenerator(GeneratorOptions.of(households, seed),
                        ctx.getBean(BankAccountRules.class)).generate(record -> {
                            if (record.members().stream().anyMatch(m -> m.status() == MemberStatus.DECEASED)) {
                                deceased.add(record.householdId());
                            }
                            writer.write(record);
                        });
            }
            CycleRun cycle = new CycleRun(ctx, tahap);
            RosterImports.Summary imported = cycle.importRoster(roster, MAKER);
            List<CyclePreparer.Result> prepared = cycle.prepare(List.of("PKH", "SEMBAKO"), MAKER);
            List<String> batchIds = CycleRun.batchIds(prepared);
            cycle.approve(batchIds, MAKER, CHECKERS);
            cycle.fund(batchIds, TREASURER);
            Map<String, List<OutboxFile>> files = cycle.export(batchIds, MAKER);
            List<Decision> truth = new ArrayList<>();
            List<InboundFile> replies = cycle.simulateBankReplies(files,
                    SimulationOptions.of(seed, SimulationOptions.Rates.typical()), truth::add);
            Map<String, Long> simulated = truth.stream().collect(Collectors.groupingBy(d -> d.outcome().name(),
                    TreeMap::new, Collectors.counting()));
            List<InboundApplier.Applied> applied = cycle.reconcile(MAKER);
            ctx.getBean(ReadModels.class).awaitCaughtUp(Duration.ofMinutes(10));
            Map<String, Object> outcome = outcome(ctx.getBean(Jdbi.class), folder, tahap, imported, prepared, files);
            outcome.put("bankReplies", replies.stream().map(r -> Map.of("channel", r.channel(), "file", r.fileName(),
                    "format", String.valueOf(r.format()), "status", r.status(),
                    "reason", r.reason() == null ? "" : r.reason())).toList());
            outcome.put("simulatorRecord", simulated);
            outcome.put("reconciliation", Map.of(
                    "matched", applied.stream().mapToLong(InboundApplier.Applied::matched).sum(),
                    "breaks", applied.stream().mapToLong(InboundApplier.Applied::breaks).sum(),
                    "suspense", applied.stream().mapToLong(InboundApplier.Applied::suspense).sum()));
            outcome.put("paymentLines", ctx.getBean(Jdbi.class).withHandle(h -> h.createQuery("""
                            SELECT status, COUNT(*) AS lines, SUM(amount) AS rupiah,
                                   SUM(GREATEST(credits - 1, 0)) AS credited_twice
                            FROM payment_line WHERE period = :p GROUP BY status ORDER BY status""")
                    .bind("p", tahap.toString()).mapToMap().list()));
            MoneyTrail trail = ctx.getBean(TrailPostings.class).trail(null, tahap);
            outcome.put("trialBalance", trail.trialBalance().entrySet().stream().map(e -> Map.of(
                    "key", e.getKey().program() + " " + e.getKey().period() + " " + e.getKey().channel(),
                    "balances", e.getValue())).toList());
            outcome.put("trailViolations", trail.violations());
            outcome.put("openCases", ctx.getBean(Jdbi.class).withHandle(h -> h.createQuery("""
                            SELECT type, COUNT(*) AS flags, COUNT(DISTINCT case_id) AS cases, SUM(amount) AS rupiah
                            FROM case_flag GROUP BY type ORDER BY type""").mapToMap().list()));
            Map<FlagType, PlantCheck.Line> plants = PlantCheck.of(ctx.getBean(Jdbi.class), tahap, planted, deceased,
                    truth);
            outcome.put("plantedCases", plants);
            outcome.put("everyPlantedCaseFlaggedAndNoOther", PlantCheck.exact(plants));
            if (json) {
                System.out.println(new ObjectMapper().findAndRegisterModules()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(outcome));
            } else {
                print(outcome, files);
            }
            return 0;
        }
    }

    private Map<String, Object> outcome(Jdbi jdbi, Path folder, YearMonth tahap, RosterImports.Summary imported,
                                        List<CyclePreparer.Result> prepared,
                                        Map<String, List<OutboxFile>> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("households", households);
        m.put("seed", seed);
        m.put("period", tahap.toString());
        m.put("workFolder", folder.toString());
        m.put("outbox", folder.resolve("exchange").resolve("outbox").toString());
        m.put("registered", imported.counts().registered());
        m.put("refusedRosterLines", imported.counts().invalid());
        m.put("events", imported.counts().events());
        m.put("batches", jdbi.withHandle(h -> h.createQuery("""
                        SELECT batch_id, program, channel, status, line_count, control_sum, approvals, funded_amount,
                               requested_execution_date::text AS requested_execution_date
                        FROM payment_batch WHERE period = :p ORDER BY program, channel""")
                .bind("p", tahap.toString()).mapToMap().list()));
        m.put("held", prepared.stream().mapToLong(CyclePreparer.Result::held).sum());
        m.put("heldByReason", jdbi.withHandle(h -> h.createQuery("""
                        SELECT reason, COUNT(*) AS households FROM cycle_held WHERE period = :p
                        GROUP BY reason ORDER BY COUNT(*) DESC, reason""")
                .bind("p", tahap.toString()).mapToMap().list()));
        m.put("files", files);
        m.put("linesExported", all(files).mapToLong(OutboxFile::lineCount).sum());
        m.put("rupiahExported", all(files).mapToLong(OutboxFile::controlSum).sum());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> m, Map<String, List<OutboxFile>> files) {
        System.out.printf("Demo: %,d households (seed %s), tahap %s, work folder %s%n", (Integer) m.get("households"),
                m.get("seed"), m.get("period"), m.get("workFolder"));
        System.out.printf("  roster: %,d households registered, %,d lines refused, %,d events%n",
                (Long) m.get("registered"), (Long) m.get("refusedRosterLines"), (Long) m.get("events"));
        System.out.println("  batches (prepared by " + MAKER + ", approved by " + CHECKERS.get(0)
                + " and, above the band, " + CHECKERS.get(1) + ", funded by " + TREASURER + "):");
        for (Map<String, Object> b : (List<Map<String, Object>>) m.get("batches")) {
            System.out.printf("    %-28s %-9s %,8d lines  Rp %,18d  approvals %s  execution %s%n", b.get("batch_id"),
                    b.get("status"), (Long) b.get("line_count"), (Long) b.get("control_sum"), b.get("approvals"),
                    b.get("requested_execution_date"));
        }
        System.out.printf("  held out of the batches: %,d%n", (Long) m.get("held"));
        for (Map<String, Object> r : (List<Map<String, Object>>) m.get("heldByReason")) {
            System.out.printf("    %,6d  %s%n", (Long) r.get("households"), r.get("reason"));
        }
        System.out.printf("  outbox %s: %d files, %,d lines, Rp %,d%n", m.get("outbox"), all(files).count(),
                (Long) m.get("linesExported"), (Long) m.get("rupiahExported"));
        files.forEach((batchId, batchFiles) -> System.out.printf("    %-28s %4d files, first %s%n", batchId,
                batchFiles.size(), batchFiles.isEmpty() ? "-" : batchFiles.get(0).fileName()));
        printReplies((List<Map<String, String>>) m.get("bankReplies"));
        System.out.println("  what the simulated banks and PT Pos did, by their own record: "
                + m.get("simulatorRecord"));
        Map<String, Long> recon = (Map<String, Long>) m.get("reconciliation");
        System.out.printf("  reconciled: %,d lines matched, %,d breaks, %,d in suspense; payment lines now:%n",
                recon.get("matched"), recon.get("breaks"), recon.get("suspense"));
        System.out.println("  flags raised (java -jar bansos.jar flags list; case show CASE-ID):");
        for (Map<String, Object> f : (List<Map<String, Object>>) m.get("openCases")) {
            System.out.printf("    %-22s %,6d flags in %,6d cases  Rp %,16d%n", f.get("type"), (Long) f.get("flags"),
                    (Long) f.get("cases"), ((Number) f.get("rupiah")).longValue());
        }
        System.out.println("  planted cases against the flags (expected / flagged / missing / not planted):");
        ((Map<FlagType, PlantCheck.Line>) m.get("plantedCases")).forEach((type, l) -> System.out.printf(
                "    %-22s %,6d %ss / %,6d / %,4d %s/ %,4d %s%n", type, l.expected(), l.subject(), l.flagged(),
                l.missingCount(), l.missing().isEmpty() ? "" : l.missing() + " ", l.unexpectedCount(),
                l.unexpected().isEmpty() ? "" : l.unexpected()));
        List<String> violations = (List<String>) m.get("trailViolations");
        System.out.printf("  money trail: %s%n", violations.isEmpty() ? "sound (java -jar bansos.jar trial-balance)"
                : violations.size() + " broken invariants, flagged:");
        violations.forEach(v -> System.out.println("    " + v));
        for (Map<String, Object> l : (List<Map<String, Object>>) m.get("paymentLines")) {
            System.out.printf("    %-10s %,8d lines  Rp %,18d%s%n", l.get("status"), (Long) l.get("lines"),
                    ((Number) l.get("rupiah")).longValue(), ((Number) l.get("credited_twice")).longValue() > 0
                            ? "  (" + l.get("credited_twice") + " credited twice by the bank)" : "");
        }
    }

    private static void printReplies(List<Map<String, String>> replies) {
        System.out.printf("  bank and PT Pos replies received (simulated, typical rates): %d files, %d quarantined%n",
                replies.size(), replies.stream().filter(r -> r.get("status").equals("QUARANTINED")).count());
        for (Map<String, String> r : replies) {
            if (!r.get("status").equals("ACCEPTED")) {
                System.out.printf("    %-8s %s %s: %s%n", r.get("channel"), r.get("file"), r.get("status"),
                        r.get("reason"));
            }
        }
    }

    private static Stream<OutboxFile> all(Map<String, List<OutboxFile>> files) {
        return files.values().stream().flatMap(List::stream);
    }
}
