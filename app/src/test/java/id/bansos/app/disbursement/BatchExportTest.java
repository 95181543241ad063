package id.bansos.app.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.bank.pain001.Pain001ValidationReport;
import id.bansos.bank.pain001.Pain001Validator;
import id.bansos.bank.payment.BankCode;
import id.bansos.bank.payment.DigestingOutputStream;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.disbursement.batch.BatchDigest;
import id.bansos.disbursement.batch.BatchRefused;
import id.bansos.disbursement.batch.axon.BatchCommands.RecordLinesChanged;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.disbursement.export.Outbox;
import id.bansos.disbursement.export.OutboxFile.Placement;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.disbursement.kalender.HolidayCalendar;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.kpm.axon.ReleaseBatchLines;
import id.bansos.ledger.readmodel.ReadModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchExportTest {

    private static final Path SHARED_XSD = Path.of("../../shared/xsd/pain.001.001.09.xsd");
    private static final int BRI_LINES_PER_FILE = 4;
    /** Monday 5 October 2026, 09:00 WIB: before BRI's cut-off on a business day. */
    private static final Instant EXPORT_TIME = Instant.parse("2026-10-05T02:00:00Z");

    @Autowired
    CommandGateway commands;
    @Autowired
    CyclePreparer cycle;
    @Autowired
    BatchService batches;
    @Autowired
    BatchLines lines;
    @Autowired
    ReadModels readModels;
    @Autowired
    Outbox outbox;
    @Autowired
    Jdbi jdbi;
    @Autowired
    HolidayCalendar calendar;
    @Autowired
    BankProfiles banks;

    private CyclePreparer.Result prepared;

    @DynamicPropertySource
    static void briSplitsEveryFourLines(DynamicPropertyRegistry registry) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode profiles;
        try (InputStream in = BankProfiles.class.getResourceAsStream(BankProfiles.RESOURCE)) {
            profiles = (ObjectNode) json.readTree(in);
        }
        profiles.withArray("banks").forEach(bank -> {
            if (bank.get("code").asText().equals("BRI")) {
                ((ObjectNode) bank).put("maxTransactionsPerFile", BRI_LINES_PER_FILE);
            }
        });
        Path file = Files.createTempFile("bank-profiles-", ".json");
        json.writeValue(file.toFile(), profiles);
        registry.add("bansos.exchange.bank-profiles", file::toString);
        registry.add("bansos.export.fixed-time", EXPORT_TIME::toString);
    }

    @BeforeAll
    void given_approved_batches_for_ten_bri_households_two_bni_one_with_a_short_account_and_five_pos_in_two_regencies() {
        int n = 0;
        for (int i = 1; i <= 10; i++) {
            n++;
            apply(TestHouseholds.household("KPM-" + n, n,
                    new Channel.Bank("BRI", String.format("0001%011d", n), null)));
        }
        n++;
        apply(TestHouseholds.household("KPM-" + n, n, new Channel.Bank("BNI", String.format("%010d", n), null)));
        n++;
        apply(TestHouseholds.household("KPM-" + n, n, new Channel.Bank("BNI", "12345678", null)));
        for (int i = 1; i <= 5; i++) {
            n++;
            HouseholdRecord pos = TestHouseholds.household("KPM-" + n, n, new Channel.Pos());
            apply(i <= 3 ? pos : TestHouseholds.inRegion(pos, "3273011001"));
        }
        prepared = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job");
        for (CyclePreparer.BatchOfCycle batch : prepared.batches()) {
            batches.submit(batch.batchId(), "rina");
            batches.approve(batch.batchId(), "budi");
        }
    }

    @Test
    @Order(1)
    void an_approved_bank_batch_is_written_in_files_of_the_banks_size_each_valid_and_adding_up_to_the_approval()
            throws IOException {
        String batchId = batchOf("BRI");
        BatchDigest approved = lines.digest(batchId);

        List<OutboxFile> files = batches.export(batchId, "export-job");

        assertThat(files).extracting(OutboxFile::lineCount).containsExactly(4L, 4L, 2L);
        assertThat(files).extracting(OutboxFile::placement).containsOnly(Placement.WRITTEN);
        assertThat(files.stream().mapToLong(OutboxFile::lineCount).sum()).isEqualTo(approved.lineCount());
        assertThat(files.stream().mapToLong(OutboxFile::controlSum).sum()).isEqualTo(approved.controlSum());
        Pain001Validator validator = Files.isRegularFile(SHARED_XSD) ? Pain001Validator.of(SHARED_XSD)
                : Pain001Validator.bundled();
        for (OutboxFile f : files) {
            Path file = outbox.find("BRI", f.fileName()).orElseThrow();
            Pain001ValidationReport report = validator.validate(file);
            assertThat(report.problems()).as(f.fileName()).isEmpty();
            assertThat(report.transactions()).isEqualTo(f.lineCount());
            assertThat(report.instructedSum().longValueExact()).isEqualTo(f.controlSum());
            assertThat(DigestingOutputStream.sha256(file)).isEqualTo(f.sha256());
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("made at the fixed export time")
                    .contains("<CreDtTm>2026-10-05T09:00:00+07:00</CreDtTm>")
                    .contains("<ReqdExctnDt><Dt>" + calendar.requestedExecutionDate(null,
                            banks.profile(BankCode.of("BRI")), EXPORT_TIME.atZone(BankProfile.WIB)) + "</Dt>");
        }
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        List<String> recorded = jdbi.withHandle(h -> h.createQuery(
                        "SELECT sha256 FROM batch_file WHERE batch_id = :b ORDER BY file_sequence")
                .bind("b", batchId).mapTo(String.class).list());
        assertThat(recorded).containsExactlyElementsOf(files.stream().map(OutboxFile::sha256).toList());
        assertThat(outbox.root().resolve(".staging")).isEmptyDirectory();
    }

    @Test
    @Order(2)
    void exporting_again_gives_the_same_bytes_and_records_no_new_event() throws IOException {
        String batchId = batchOf("BRI");
        List<OutboxFile> first = batches.export(batchId, "export-job");
        long events = eventCount();
        Path removed = outbox.find("BRI", first.get(1).fileName()).orElseThrow();
        Files.delete(removed);

        List<OutboxFile> again = batches.export(batchId, "siti");

        assertThat(again).extracting(OutboxFile::placement)
                .containsExactly(Placement.ALREADY_IN_OUTBOX, Placement.WRITTEN, Placement.ALREADY_IN_OUTBOX);
        assertThat(again).extracting(OutboxFile::sha256)
                .containsExactlyElementsOf(first.stream().map(OutboxFile::sha256).toList());
        assertThat(DigestingOutputStream.sha256(removed)).isEqualTo(first.get(1).sha256());
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    @Order(3)
    void a_file_the_bank_collected_is_never_placed_in_the_outbox_again() throws IOException {
        String batchId = batchOf("BRI");
        String name = batches.export(batchId, "export-job").get(0).fileName();
        batches.collected(batchId, name, "h2h-bri");
        batches.collected(batchId, name, "h2h-bri");
        Files.delete(outbox.find("BRI", name).orElseThrow());

        List<OutboxFile> again = batches.export(batchId, "export-job");

        assertThat(again.get(0).placement()).isEqualTo(Placement.COLLECTED);
        assertThat(outbox.find("BRI", name)).isEmpty();
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        String collectedBy = jdbi.withHandle(h -> h.createQuery(
                        "SELECT collected_by FROM batch_file WHERE file_name = :n")
                .bind("n", name).mapTo(String.class).one());
        assertThat(collectedBy).isEqualTo("h2h-bri");
    }

    @Test
    @Order(4)
    void a_line_that_does_not_fit_the_bank_refuses_the_export_and_leaves_nothing_in_the_outbox() {
        String batchId = batchOf("BNI");
        long events = eventCount();

        assertThatThrownBy(() -> batches.export(batchId, "export-job"))
                .isInstanceOf(BatchRefused.class)
                .hasMessageContaining("creditorAccount ending 5678 has 8 digits; BNI accounts have 10")
                .hasMessageNotContaining("12345678");

        assertThat(outbox.folder("BNI")).isEmptyDirectory();
        assertThat(outbox.root().resolve(".staging")).isEmptyDirectory();
        assertThat(eventCount()).as("only the export plan is recorded").isEqualTo(events + 1);
    }

    @Test
    @Order(5)
    void a_changed_pos_line_blocks_export_until_approved_again_then_one_manifest_per_regency() throws IOException {
        String batchId = batchOf("POS");
        String reference = jdbi.withHandle(h -> h.createQuery(
                        "SELECT reference FROM payment_line WHERE batch_id = :b ORDER BY reference LIMIT 1")
                .bind("b", batchId).mapTo(String.class).one());
        String household = jdbi.withHandle(h -> h.createQuery(
                        "SELECT household_id FROM payment_line WHERE reference = :r")
                .bind("r", reference).mapTo(String.class).one());
        commands.sendAndWait(new ReleaseBatchLines(batchId, List.of(new ReleaseBatchLines.Line(household, reference)),
                "household moved; channel under review"));

        assertThatThrownBy(() -> batches.export(batchId, "export-job"))
                .isInstanceOf(BatchRefused.class).hasMessageContaining("no longer match the approved digest");

        commands.sendAndWait(new RecordLinesChanged(batchId, lines.digest(batchId), "line released"));
        batches.submit(batchId, "rina");
        batches.approve(batchId, "budi");
        List<OutboxFile> files = batches.export(batchId, "export-job");

        assertThat(files).extracting(OutboxFile::fileName)
                .containsExactly("DANOM_03201_" + batchId + "_001.csv", "DANOM_03273_" + batchId + "_002.csv");
        assertThat(files.stream().mapToLong(OutboxFile::lineCount).sum()).isEqualTo(4);
        String manifest = Files.readString(outbox.find("POS", files.get(1).fileName()).orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(manifest).contains("# region_prefix: 3273").contains("# proof_required: signature,photo,geotag")
                .doesNotContain("3201014508900017");
        assertThat(manifest).containsPattern("320101\\*{6}\\d{4}");
    }

    private void apply(HouseholdRecord household) {
        commands.sendAndWait(new ApplyRosterLine(household.householdId(), household, TestHouseholds.PERIOD,
                TestHouseholds.sembako(), "imp-1"));
    }

    private long eventCount() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM domain_event_entry").mapTo(Long.class).one());
    }

    private String batchOf(String channel) {
        return prepared.batches().stream().filter(b -> b.channel().equals(channel)).findFirst().orElseThrow().batchId();
    }

}
