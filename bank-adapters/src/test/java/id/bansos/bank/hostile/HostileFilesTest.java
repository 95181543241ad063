package id.bansos.bank.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.bansos.bank.camt.CamtReader;
import id.bansos.bank.claim.ClaimReportReader;
import id.bansos.bank.inspect.InspectionReport;
import id.bansos.bank.inspect.StatementInspector;
import id.bansos.bank.mt940.Mt940Reader;
import id.bansos.bank.pain002.Pain002Reader;
import id.bansos.bank.pos.PosPayoutReportReader;
import id.bansos.bank.statement.InboundDocument;
import id.bansos.bank.statement.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of broken and malicious variants of valid bank and PT Pos files, read by every reader: none crashes or
 * hangs, each is refused with a reason or read as what it says.
 */
class HostileFilesTest {

    private static final ReadOptions BANSOS = ReadOptions.bansos();
    private static final Set<String> ENTITY_ATTACKS = Set.of("XXE", "XXE_PARAMETER", "EXTERNAL_DTD", "BILLION_LAUGHS",
            "ENTITY_REFERENCE");
    private static final Set<String> SAME_CONTENT = Set.of("LINE_ENDINGS_CRLF.1", "LINE_ENDINGS_LF.1");

    @TempDir
    Path dir;

    @Test
    void every_hostile_variant_of_every_inbound_file_is_refused_with_a_reason_or_read_as_what_it_says()
            throws Exception {
        // given the simulator's replies for every bank and PT Pos, the shared samples, and their mutations
        Map<String, byte[]> seeds = new TreeMap<>(SeedFiles.simulated(dir.resolve("seeds")));
        seeds.putAll(SeedFiles.samples());
        List<HostileFile> corpus = HostileCorpus.of(seeds, 20261124L, 1);
        Map<String, InspectionReport> seedReports = new HashMap<>();
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            seedReports.put(seed.getKey(), inspect(seed.getValue()));
        }

        // when every reader reads every file
        Tally tally = new Tally();
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (HostileFile file : corpus) {
                read(file, seedReports.get(file.seed()), tally);
            }
        }, "a reader hangs");
        long millis = (System.nanoTime() - started) / 1_000_000;

        // then nothing crashed, every refusal has its reason, and what was accepted holds together
        System.out.printf("hostile corpus: %,d files from %d seeds, %,d reads in %,d ms (slowest %s, %d ms);"
                        + " inspected as intake does: %,d accepted, %,d refused; by reader (accepted/refused): %s%n",
                corpus.size(), seeds.size(), tally.reads, millis, tally.slowest, tally.slowestMillis,
                tally.accepted.getOrDefault("inspect", 0), tally.refused.getOrDefault("inspect", 0), tally.byReader());
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(tally.crashes).as("crashes").isEmpty();
        assertThat(tally.wrong).as("accepted files that do not hold together, or refusals without a reason").isEmpty();
        assertThat(tally.slowestMillis).as("the slowest read, " + tally.slowest).isLessThan(10_000);
    }

    private void read(HostileFile file, InspectionReport seed, Tally tally) throws Exception {
        InspectionReport inspected = tally.time(file, "inspect", () -> inspect(file.bytes()));
        if (inspected != null) {
            tally.verdict("inspect", inspected.refused());
            tally.check(file, "inspect", Verdicts.inspection(file, inspected, seed, ENTITY_ATTACKS, SAME_CONTENT));
        }
        document(file, "pain.002", tally, () -> new Pain002Reader(BANSOS).read(in(file)));
        document(file, "camt", tally, () -> new CamtReader(BANSOS).read(in(file)));
        document(file, "MT940", tally, () -> new Mt940Reader(BANSOS).read(in(file)));
        document(file, "pos", tally, () -> new PosPayoutReportReader(BANSOS).read(in(file)));
        document(file, "claim", tally, () -> new ClaimReportReader(BANSOS).read(in(file)));
    }

    private static void document(HostileFile file, String reader, Tally tally, Tally.Read<InboundDocument> read) {
        InboundDocument document = tally.time(file, reader, read);
        if (document != null) {
            tally.verdict(reader, document.refused());
            tally.check(file, reader, Verdicts.document(document));
        }
    }

    private InspectionReport inspect(byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("inspected"), bytes);
        return new StatementInspector().inspect(file, true);
    }

    private static ByteArrayInputStream in(HostileFile file) {
        return new ByteArrayInputStream(file.bytes());
    }

    /** What the readers did with the corpus. */
    private static final class Tally {
        final List<String> crashes = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();
        final Map<String, Integer> accepted = new TreeMap<>();
        final Map<String, Integer> refused = new TreeMap<>();
        long reads;
        long slowestMillis;
        String slowest;

        interface Read<T> {
            T read() throws Exception;
        }

        <T> T time(HostileFile file, String reader, Read<T> read) {
            long start = System.nanoTime();
            try {
                return read.read();
            } catch (Throwable e) {
                crashes.add(reader + " on " + file + ": " + e);
                return null;
            } finally {
                reads++;
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (millis > slowestMillis) {
                    slowestMillis = millis;
                    slowest = reader + " on " + file;
                }
            }
        }

        void verdict(String reader, boolean refusedByReader) {
            (refusedByReader ? refused : accepted).merge(reader, 1, Integer::sum);
        }

        void check(HostileFile file, String reader, List<String> problems) {
            problems.forEach(p -> wrong.add(reader + " on " + file + ": " + p));
        }

        String byReader() {
            Map<String, String> both = new TreeMap<>();
            for (String reader : List.of("pain.002", "camt", "MT940", "pos", "claim")) {
                both.put(reader, accepted.getOrDefault(reader, 0) + "/" + refused.getOrDefault(reader, 0));
            }
            return both.toString();
        }
    }
}
