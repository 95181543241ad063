package id.bansos.bank.pain001;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pain.001 of one million lines is written and validated by {@link MillionLinePain001Main} in a separate JVM
 * limited to a 512 MB heap.
 */
class MillionLinePain001Test {

    private static final long LINES = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void a_file_of_a_million_lines_is_written_and_validated_in_a_512_megabyte_heap() throws Exception {
        // given a million lines to pay
        Path file = dir.resolve("pain001-1m.xml");

        // when another JVM with -Xmx512m writes and validates them
        Map<String, String> result = runInSmallHeap(file);

        // then every line is in the file, the totals are exact and the file is valid
        System.out.printf("pain.001 1M lines: %s bytes written in %s s, validated in %s s"
                        + " (-Xmx512m, max heap %s MiB, peak heap pools %s MiB)%n", result.get("bytes"),
                result.get("writeSeconds"), result.get("validateSeconds"), result.get("maxHeapMiB"),
                result.get("peakHeapPoolsMiB"));
        assertThat(result).containsEntry("count", String.valueOf(LINES))
                .containsEntry("controlSum", result.get("expectedSum"))
                .containsEntry("valid", "true")
                .containsEntry("validatedTransactions", String.valueOf(LINES))
                .containsEntry("validatedSum", result.get("expectedSum"));
        assertThat(Long.parseLong(result.get("maxHeapMiB"))).isLessThanOrEqualTo(512);
    }

    private static Map<String, String> runInSmallHeap(Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), MillionLinePain001Main.class.getName(), file.toString(),
                String.valueOf(LINES)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, String> values = new HashMap<>();
        output.lines().filter(l -> l.contains("=")).forEach(l -> values.putIfAbsent(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        return values;
    }
}
