package id.bansos.bank.simulator;

import id.bansos.bank.payment.WrittenFile;
import id.bansos.bank.pos.PosPayoutReportWriter;
import id.bansos.bank.pos.manifest.PosManifestReader;
import id.bansos.bank.statement.PosPayoutLine;
import id.bansos.bank.statement.PosPayoutReport;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Plays PT Pos: takes a payout manifest ({@code bansos-danom-v1}) and writes the payout report PT Pos sends back,
 * one line per payout, paid (with payer, time within the collection window, proof) or not collected (with a reason),
 * drawn by {@link SimulationOptions}. One pass, one line in memory at a time.
 */
public final class PosSimulator {

    private final Decider decider;

    public PosSimulator(SimulationOptions options) {
        this.decider = new Decider(Objects.requireNonNull(options, "options"));
    }

    /** Simulates and returns the decisions as a list too. */
    public SimulationResult simulate(Path manifest, Path outputDirectory) throws IOException {
        List<Decision> truth = new ArrayList<>();
        SimulationResult result = simulate(manifest, outputDirectory, truth::add);
        return new SimulationResult(result.files(), result.counts(), truth);
    }

    /**
     * Simulates, handing each decision to {@code truth} in manifest order, and writes
     * {@code <manifest_id>_payout_report.csv} into {@code outputDirectory} (created if needed).
     *
     * @throws IllegalArgumentException when the manifest is malformed (the message names line and field)
     */
    public SimulationResult simulate(Path manifest, Path outputDirectory, Consumer<Decision> truth)
            throws IOException {
        Files.createDirectories(outputDirectory);
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        try (PosManifestReader reader = PosManifestReader.open(
                new BufferedInputStream(Files.newInputStream(manifest), 1 << 16))) {
            Path file = outputDirectory.resolve(reader.header().manifestId() + "_payout_report.csv");
            Iterator<PosPayoutLine> lines = new Iterator<>() {
                private PosManifestReader.Line next = read();
                private long position;

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public PosPayoutLine next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    Decider.PosDraw draw = decider.pos(next, reader.header(), ++position);
                    counts.merge(draw.decision().outcome(), 1L, Long::sum);
                    truth.accept(draw.decision());
                    next = read();
                    return draw.line();
                }

                private PosManifestReader.Line read() {
                    try {
                        return reader.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            WrittenFile written;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                written = new PosPayoutReportWriter().write(out, lines);
            }
            return new SimulationResult(List.of(new SimulationResult.OutputFile(PosPayoutReport.FORMAT, file,
                    written.sha256(), written.bytes())), counts, List.of());
        }
    }
}
