package id.bansos.bank.simulator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a simulation wrote and decided.
 *
 * @param files  the files written, in the order written
 * @param counts payments per outcome
 * @param truth  every decision in input order, when the caller asked for the list; empty when decisions were
 *               handed to a consumer
 */
public record SimulationResult(List<OutputFile> files, Map<Outcome, Long> counts, List<Decision> truth) {

    public SimulationResult {
        files = List.copyOf(files);
        counts = Map.copyOf(counts);
        truth = List.copyOf(truth);
    }

    /** The files of one format, such as {@code camt.053.001.08}, {@code MT940} or {@code bank-claim-report}. */
    public List<OutputFile> files(String format) {
        return files.stream().filter(f -> f.format().equals(format)).toList();
    }

    /**
     * One file written.
     *
     * @param format the format name
     * @param path   where it is
     * @param sha256 SHA-256 of its bytes
     * @param bytes  its size
     */
    public record OutputFile(String format, Path path, String sha256, long bytes) {
    }
}
