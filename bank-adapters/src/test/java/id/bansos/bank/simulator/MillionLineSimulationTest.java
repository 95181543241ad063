package id.bansos.bank.simulator;

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
 * The simulator runs in a flat heap: {@link MillionLineSimulationMain} simulates a BRI file in a separate JVM limited
 * to 64 MB. The suite uses 100,000 lines to stay fast; run the main with 1,000,000 as a benchmark.
 */
class MillionLineSimulationTest {

    private static final long LINES = 100_000;

    @TempDir
    Path dir;

    @Test
    void a_large_file_is_simulated_in_a_64_megabyte_heap() throws Exception {
        // given a BRI pain.001 of 100,000 lines, when another JVM with -Xmx64m simulates it
        Map<String, String> result = runInSmallHeap();

        // then every payment was decided and every file written, within the small heap
        System.out.printf("bank simulator %s lines: written in %s s, simulated in %s s (-Xmx64m, peak heap pools"
                + " %s MiB)%n", LINES, result.get("writeSeconds"), result.get("simulateSeconds"),
                result.get("peakHeapPoolsMiB"));
        assertThat(result).containsEntry("decisions", String.valueOf(LINES)).containsEntry("files", "8");
        assertThat(Long.parseLong(result.get("withdrawn"))).isGreaterThan(LINES * 8 / 10);
        assertThat(Long.parseLong(result.get("maxHeapMiB"))).isLessThanOrEqualTo(64);
    }

    private Map<String, String> runInSmallHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                MillionLineSimulationMain.class.getName(), dir.toString(), String.valueOf(LINES))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, String> values = new HashMap<>();
        output.lines().filter(l -> l.contains("=")).forEach(l -> values.putIfAbsent(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        return values;
    }
}
