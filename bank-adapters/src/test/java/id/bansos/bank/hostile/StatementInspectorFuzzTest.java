package id.bansos.bank.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bansos.bank.inspect.InspectionReport;
import id.bansos.bank.inspect.StatementInspector;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of what intake runs on every file: format detection, then the reader it picks. Any bytes
 * are inspected without failing, and a refusal names its reason.
 */
class StatementInspectorFuzzTest {

    private static Path file;

    @BeforeAll
    static void a_file_to_write_each_input_to() throws IOException {
        file = Files.createTempFile("inspected-", ".bin");
    }

    @AfterAll
    static void remove_it() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest
    void any_bytes_are_refused_with_a_reason_or_read_as_they_say(byte[] input) throws IOException {
        InspectionReport report = new StatementInspector().inspect(Files.write(file, input), true);
        if (report.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR && p.message().isBlank())) {
            throw new AssertionError("an error without a reason: " + report.problems().stream()
                    .map(Problem::toString).toList());
        }
    }
}
