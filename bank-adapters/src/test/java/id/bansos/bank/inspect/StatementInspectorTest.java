package id.bansos.bank.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.bank.Samples;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementInspectorTest {

    private final StatementInspector inspector = new StatementInspector();

    @TempDir
    Path dir;

    private Path fixture(String resource) throws IOException {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void a_payment_initiation_is_named_as_such_and_not_refused() throws IOException {
        // given the Goldman Sachs pain.001.001.08 sample
        // when inspected strictly
        InspectionReport report = inspector.inspect(Samples.file("iso20022/pyiso20022/gs_pain001_001_08.xml"), true);

        // then it is described, not an error
        assertThat(report.family()).isEqualTo(InboundFormat.Family.PAIN_001);
        assertThat(report.description()).isEqualTo("pain.001.001.08 — a payment initiation, not a statement");
        assertThat(report.messageId()).isEqualTo("test-160620");
        assertThat(report.refused()).isFalse();
        assertThat(report.toText()).contains("Format      pain.001.001.08 — a payment initiation, not a statement");
    }

    @Test
    void a_foreign_statement_is_accepted_with_a_warning_leniently_and_refused_in_bansos_mode() throws IOException {
        // given the PostFinance CHF statement
        Path sample = Samples.file("iso20022/camt_parser/053-valid_example_v4.xml");

        // when inspected both ways
        InspectionReport lenient = inspector.inspect(sample, false);
        InspectionReport strict = inspector.inspect(sample, true);

        // then only the severity of the currency problem differs
        assertThat(lenient.refused()).isFalse();
        assertThat(lenient.problems()).extracting(Problem::severity).containsExactly(Severity.WARNING);
        assertThat(strict.refused()).isTrue();
        assertThat(strict.problems()).extracting(Problem::severity, Problem::message).containsExactly(
                tuple(Severity.ERROR, "currency CHF: bansos accounts are held in IDR"));
        assertThat(strict.toText()).contains("Verdict     REFUSED");
    }

    @Test
    void a_bri_statement_is_summarised_per_statement_with_its_fingerprint() throws Exception {
        // given the synthetic BRI file of two days
        Path file = fixture("/mt940/synthetic-bri.txt");

        // when inspected strictly
        InspectionReport report = inspector.inspect(file, true);

        // then
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(report.sha256()).isEqualTo(sha);
        assertThat(report.format()).isEqualTo("MT940 (BRI)");
        assertThat(report.accounts()).containsExactly("123456789012345");
        assertThat(report.entryCount()).isEqualTo(4);
        assertThat(report.totalDebits()).isEqualByComparingTo("1150000");
        assertThat(report.totalCredits()).isEqualByComparingTo("300000");
        assertThat(report.statements()).extracting(s -> s.opening().signedAmount().toPlainString(),
                s -> s.closing().signedAmount().toPlainString()).containsExactly(
                tuple("1000000000", "999400000"),
                tuple("999400000", "999150000"));
        assertThat(report.refused()).isFalse();
        assertThat(report.toText()).contains("Statement   20261123020000  account 123456789012345  no. 321")
                .contains("reconciles").contains("Verdict     ACCEPTED");
    }

    @Test
    void the_json_rendering_carries_every_figure_with_amounts_as_exact_strings() throws IOException {
        // given the ABN AMRO sample, whose balances do not add up
        // when inspected and rendered as JSON
        JsonNode json = new ObjectMapper().readTree(inspector.inspect(Samples.file("mt940/jejik-mt940/abnamro.txt"),
                false).toJson());

        // then
        assertThat(json.get("format").asText()).isEqualTo("MT940 (headerless)");
        assertThat(json.get("refused").asBoolean()).as("read leniently, the mismatch is flagged").isFalse();
        assertThat(json.get("totalDebits").asText()).isEqualTo("345.93");
        assertThat(json.get("statements")).hasSize(2);
        JsonNode first = json.get("statements").get(0);
        assertThat(first.get("balances").asText()).isEqualTo("MISMATCH");
        assertThat(first.get("opening").get("amount").asText()).isEqualTo("3236.28");
        assertThat(first.get("expectedClosing").asText()).isEqualTo("2914.84");
        assertThat(json.get("problems").findValuesAsText("severity")).contains("WARNING", "INFO");
    }

    @Test
    void a_status_report_and_a_pos_report_are_counted_by_status() throws IOException {
        // given a Swiss pain.002 and the synthetic Pos report
        InspectionReport status = inspector.inspect(Samples.file("iso20022/moov-iso20022/pain002-epo_p_ch2909000000"
                + "250094239_1109800799_0_2018032612092784.xml"), true);
        InspectionReport pos = inspector.inspect(fixture("/pos/synthetic-payout-report.csv"), true);

        // then
        assertThat(status.counts()).containsEntry("transaction RJCT", 1L).containsEntry("payment information RJCT",
                1L);
        assertThat(pos.counts()).containsEntry("PAID", 3L).containsEntry("NOT_COLLECTED", 1L);
        assertThat(pos.amounts().get("PAID")).isEqualByComparingTo("2400000");
        assertThat(pos.toText()).contains("Count       PAID: 3, 2400000 IDR");
    }

    @Test
    void an_unknown_file_is_refused_with_the_reason() throws IOException {
        // given a text file that is none of the formats
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello\n");

        // when inspected, then it is refused saying what it is not
        InspectionReport report = inspector.inspect(file, false);
        assertThat(report.family()).isEqualTo(InboundFormat.Family.UNKNOWN);
        assertThat(report.refused()).isTrue();
        assertThat(report.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("neither XML, MT940/MT942, a PT Pos payout report")
                .endsWith("nor a bank claim report (reference, account, amount, withdrawn_at)");
    }

    @Test
    void statements_repeated_within_a_file_are_reported() throws IOException {
        // given the same BRI statement twice in one file
        String once = Files.readString(fixture("/mt940/synthetic-bri.txt"));
        Path twice = Files.writeString(dir.resolve("twice.txt"), once + once);

        // when inspected, then the second copies are errors
        InspectionReport report = inspector.inspect(twice, true);
        assertThat(report.problems()).filteredOn(p -> p.severity() == Severity.ERROR).extracting(Problem::message)
                .containsExactly("statement 321 of account 123456789012345 was already received",
                        "statement 322 of account 123456789012345 was already received");
    }
}
