package id.bansos.bank.hostile;

import id.bansos.bank.payment.BankCode;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.simulator.BankSimulator;
import id.bansos.bank.simulator.PosSimulator;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.bank.simulator.SimulationResult;
import id.bansos.bank.simulator.SimulatorFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Valid files to mutate: what the bank simulator sends back for every bank (pain.002, camt.053, camt.054, MT940 in
 * each dialect, claim reports) and PT Pos's payout report, for a small pain.001 with every outcome, plus the shared
 * real-world samples when they are beside the repository.
 */
public final class SeedFiles {

    /** Rejections, returns, double credits and unclaimed credits, and PT Pos payouts not collected. */
    public static final SimulationOptions.Rates EVERY_OUTCOME = new SimulationOptions.Rates(0.05, 0.05, 0.05, 0.05,
            0.1, 0.1, 0.1, 0.1, 0.3, 0.2);

    private static final Path SAMPLES = Path.of("../../shared/samples");

    private SeedFiles() {
    }

    /** The simulator's replies to 12 payments per bank and to a PT Pos manifest of 12, written below {@code dir}. */
    public static Map<String, byte[]> simulated(Path dir) throws IOException {
        Map<String, byte[]> seeds = new TreeMap<>();
        SimulationOptions options = SimulationOptions.of(7, EVERY_OUTCOME);
        Files.createDirectories(dir);
        for (BankCode code : BankCode.values()) {
            BankProfile bank = SimulatorFixtures.PROFILES.profile(code);
            Path pain001 = SimulatorFixtures.pain001(bank, 12, dir.resolve(code + "-pain001.xml"));
            add(seeds, code + "_", new BankSimulator(bank, options).simulate(pain001, dir.resolve(code.name())));
        }
        Path manifest = SimulatorFixtures.manifest(12, dir.resolve("POS-manifest.csv"));
        add(seeds, "POS_", new PosSimulator(options).simulate(manifest, dir.resolve("POS")));
        return seeds;
    }

    /** The shared sample files by their path below the samples folder; none when the folder is absent. */
    public static Map<String, byte[]> samples() throws IOException {
        Map<String, byte[]> seeds = new TreeMap<>();
        if (!Files.isDirectory(SAMPLES)) {
            return seeds;
        }
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).forEach(p -> {
                try {
                    seeds.put(SAMPLES.relativize(p).toString().replace('/', '_'), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return seeds;
    }

    private static void add(Map<String, byte[]> seeds, String prefix, SimulationResult result) throws IOException {
        for (SimulationResult.OutputFile file : result.files()) {
            seeds.put(prefix + file.path().getFileName(), Files.readAllBytes(file.path()));
        }
    }
}
