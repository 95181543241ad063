package id.bansos.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.app.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo runs a whole cycle on its own database and leaves the exported files in its work folder. */
class DemoCommandTest {

    @TempDir
    Path work;

    @Test
    void the_demo_runs_a_whole_cycle_to_every_payments_outcome() throws Exception {
        TestPostgres.Database admin = TestPostgres.admin();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new BansosCommand()).execute("demo", "--households", "400", "--period", "2026-10",
                    "--work", work.toString(), "--db-url", admin.url(), "--db-user", admin.user(), "--db-password",
                    admin.password(), "--json");
        } finally {
            System.setOut(out);
        }

        assertThat(exit).isZero();
        JsonNode outcome = new ObjectMapper().readTree(printed.toString(StandardCharsets.UTF_8));
        assertThat(outcome.get("registered").asLong()).isEqualTo(400);
        assertThat(outcome.get("batches")).isNotEmpty().allSatisfy(b -> {
            assertThat(b.get("status").asText()).isEqualTo("EXPORTED");
            assertThat(b.get("funded_amount").asLong()).isEqualTo(b.get("control_sum").asLong());
        });
        long batchLines = 0;
        for (JsonNode b : outcome.get("batches")) {
            batchLines += b.get("line_count").asLong();
        }
        assertThat(outcome.get("linesExported").asLong()).isEqualTo(batchLines);
        assertThat(outcome.get("bankReplies")).as("every simulated reply is read and accepted").isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("status").asText()).as(r.get("reason").asText())
                        .isEqualTo("ACCEPTED"));
        assertThat(outcome.get("reconciliation").get("breaks").asLong()).isZero();
        assertThat(outcome.get("reconciliation").get("suspense").asLong()).isZero();
        long reconciled = 0;
        for (JsonNode status : outcome.get("paymentLines")) {
            assertThat(status.get("status").asText()).isIn("CREDITED", "REJECTED", "RETURNED");
            reconciled += status.get("lines").asLong();
        }
        assertThat(reconciled).as("every exported line has its outcome").isEqualTo(batchLines);
        JsonNode record = outcome.get("simulatorRecord");
        assertThat(lines(outcome, "CREDITED")).isEqualTo(count(record, "CREDITED") + count(record, "DOUBLE_CREDITED")
                + count(record, "POS_PAID"));
        assertThat(lines(outcome, "REJECTED")).isEqualTo(count(record, "REJECTED"));
        assertThat(lines(outcome, "RETURNED")).isEqualTo(count(record, "RETURNED") + count(record, "UNCLAIMED_SWEPT")
                + count(record, "POS_NOT_COLLECTED"));
        assertThat(outcome.get("plantedCases").properties()).as("every planted case is flagged, and nothing else")
                .allSatisfy(e -> {
                    assertThat(e.getValue().get("missingCount").asInt()).as(e.getKey() + " missing "
                            + e.getValue().get("missing")).isZero();
                    assertThat(e.getValue().get("unexpectedCount").asInt()).as(e.getKey() + " not planted "
                            + e.getValue().get("unexpected")).isZero();
                });
        assertThat(outcome.get("plantedCases").get("UNCLAIMED").get("expected").asInt()).isPositive();
        assertThat(outcome.get("everyPlantedCaseFlaggedAndNoOther").asBoolean()).isTrue();
        long trialBalance = 0;
        for (JsonNode key : outcome.get("trialBalance")) {
            for (JsonNode balance : key.get("balances")) {
                trialBalance += balance.asLong();
            }
        }
        assertThat(trialBalance).as("the trial balance sums to zero").isZero();
        try (Stream<Path> inbox = Files.walk(work.resolve("exchange").resolve("inbox"), 2)) {
            assertThat(inbox.filter(Files::isRegularFile).count()).as("the inbox is emptied").isZero();
        }
        try (Stream<Path> files = Files.walk(work.resolve("exchange").resolve("outbox"))) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> !f.toString().contains(".staging")).count())
                    .isGreaterThanOrEqualTo(outcome.get("batches").size());
        }
    }

    private static long lines(JsonNode outcome, String status) {
        for (JsonNode s : outcome.get("paymentLines")) {
            if (s.get("status").asText().equals(status)) {
                return s.get("lines").asLong();
            }
        }
        return 0;
    }

    private static long count(JsonNode record, String outcome) {
        return record.has(outcome) ? record.get(outcome).asLong() : 0;
    }
}
