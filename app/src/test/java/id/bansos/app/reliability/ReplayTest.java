package id.bansos.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.axon.ReadModelReplay;
import id.bansos.app.disbursement.BatchService;
import id.bansos.app.kpm.RosterImportService;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.disbursement.batch.axon.BatchProjection;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.kpm.axon.HouseholdProjection;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@LedgerIntegrationTest
class ReplayTest {

    @Autowired
    RosterImportService imports;
    @Autowired
    CyclePreparer cycle;
    @Autowired
    BatchService batches;
    @Autowired
    ReadModelReplay replay;
    @Autowired
    ReadModels readModels;
    @Autowired
    Jdbi jdbi;

    @TempDir
    Path dir;

    @Test
    void dropping_and_rebuilding_every_read_model_from_the_event_store_gives_identical_tables_and_repairs_tampering() throws Exception {
        Path file = dir.resolve("r.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RosterWriter writer = new RosterWriter(w);
            new RosterGenerator(GeneratorOptions.of(600, 21)).generate(writer::write);
        }
        YearMonth period = YearMonth.of(2026, 10);
        imports.importFile(file, period, "tester", false, false, false, n -> { });
        var prepared = cycle.prepare("SEMBAKO", period, "cycle-job");
        String batchId = prepared.batches().get(0).batchId();
        batches.submit(batchId, "rina");
        batches.approve(batchId, "budi");
        readModels.awaitCaughtUp(Duration.ofMinutes(1));
        Map<String, String> before = fingerprints();
        jdbi.useHandle(h -> h.execute("UPDATE household SET desil = 9 WHERE household_id = 'KPM00000001'"));
        jdbi.useHandle(h -> h.execute("DELETE FROM batch_trail"));
        assertThat(fingerprints()).isNotEqualTo(before);

        List<String> replayed = replay.replay(List.of(), Duration.ofMinutes(2));
        Map<String, String> after = fingerprints();

        assertThat(replayed).contains(HouseholdProjection.PROCESSING_GROUP, BatchProjection.PROCESSING_GROUP);
        assertThat(before.get("household")).isNotEqualTo(fingerprintOfEmpty());
        assertThat(after).isEqualTo(before);
    }

    private Map<String, String> fingerprints() {
        Map<String, String> result = new LinkedHashMap<>();
        Stream.concat(HouseholdProjection.TABLES.stream(), BatchProjection.TABLES.stream()).forEach(table ->
                result.put(table, jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) || ':' || COALESCE(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM " + table + " t")
                        .mapTo(String.class).one())));
        return result;
    }

    private static String fingerprintOfEmpty() {
        return "0:";
    }
}
