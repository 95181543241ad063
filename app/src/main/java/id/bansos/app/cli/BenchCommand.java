package id.bansos.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.bansos.app.bench.Bench;
import id.bansos.app.bench.BenchStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: measures the cycle on a fresh database, against naive Axon and raw PostgreSQL on the same machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the cycle for N generated households on a fresh database: per stage wall time,",
                "households/s, events/s, peak heap and processor time (the JVM's, the rest of the machine's, idle and",
                "stolen); plus naive Axon and raw PostgreSQL references and the ratios.",
                "Uses a throwaway embedded PostgreSQL (fsync on) unless --db-url names a server to create"
                        + " databases on;",
                "the databases it creates there are dropped, and its work folder (roster, files, embedded database)",
                "removed, when it ends."})
class BenchCommand implements Callable<Integer> {

    @Option(names = "--households", required = true, description = "Households in the generated roster.")
    int households;

    @Option(names = "--seed", defaultValue = "7", description = "Roster seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--naive-sample", description = "Households for the naive reference (default: min(N, 5000)).")
    Integer naiveSample;

    @Option(names = "--db-url", description = "Admin JDBC URL of a PostgreSQL to create fresh databases on.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "postgres", description = "User for --db-url.")
    String dbUser;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("bansos-bench-");
        int sample = naiveSample != null ? naiveSample : Math.min(households, 5000);
        try {
            try (ScratchPostgres postgres = ScratchPostgres.open(dbUrl, work)) {
                Bench.Result r = Bench.run(households, seed, sample, postgres.adminUrl(), dbUser, "", work);
                if (json) {
                    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(asMap(r)));
                } else {
                    print(r);
                }
                return 0;
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private static void print(Bench.Result r) {
        System.out.printf("bench: %,d households, %d cores, max heap %d MB%n", r.households(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (var s : r.stages()) {
            line(s);
        }
        line(r.naive());
        line(r.raw());
        System.out.printf("  tuned/naive households/s: %.1fx   tuned/raw events/s: %.0f%%   total %.1f s%n",
                r.tunedOverNaive(), 100 * r.tunedOverRaw(), r.wallSeconds());
        r.busyMillisPerHousehold().ifPresent(ms -> System.out.printf(
                "  busy processor time over the stages: %.2f ms per household%n", ms));
    }

    private static void line(BenchStage s) {
        System.out.printf("  %-58s %8.1f s %,10.0f hh/s %,10.0f ev/s  heap %,5d MB  cpu: jvm %.1f s%s%n", s.name(),
                s.seconds(), s.householdsPerSecond(), s.eventsPerSecond(), s.peakHeapBytes() >> 20,
                s.cpu().jvmSeconds(), s.cpu().machine().map(m -> String.format(
                        ", other %.1f s, idle %.1f s, steal %.1f s", s.cpu().otherSeconds().orElseThrow(),
                        m.idleSeconds(), m.stealSeconds())).orElse(""));
    }

    private static Map<String, Object> cpu(BenchStage.Cpu cpu) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jvmSeconds", cpu.jvmSeconds());
        cpu.machine().ifPresent(machine -> {
            m.put("otherSeconds", cpu.otherSeconds().orElseThrow());
            m.put("busySeconds", machine.busySeconds());
            m.put("idleSeconds", machine.idleSeconds());
            m.put("stealSeconds", machine.stealSeconds());
        });
        return m;
    }

    private static Map<String, Object> stage(BenchStage s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("seconds", s.seconds());
        m.put("households", s.households());
        m.put("events", s.events());
        m.put("householdsPerSecond", s.householdsPerSecond());
        m.put("eventsPerSecond", s.eventsPerSecond());
        m.put("peakHeapMb", s.peakHeapBytes() >> 20);
        m.put("cpu", cpu(s.cpu()));
        return m;
    }

    private static Map<String, Object> asMap(Bench.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("households", r.households());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        m.put("stages", r.stages().stream().map(BenchCommand::stage).toList());
        m.put("naiveAxon", stage(r.naive()));
        m.put("rawPostgres", stage(r.raw()));
        m.put("tunedOverNaive", r.tunedOverNaive());
        m.put("tunedOverRaw", r.tunedOverRaw());
        m.put("wallSeconds", r.wallSeconds());
        r.busyMillisPerHousehold().ifPresent(ms -> m.put("busyMillisPerHousehold", ms));
        return m;
    }
}
