package id.bansos.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark working: a small run produces every figure and leaves no database behind. Speed is judged by the
 * bench command, not here.
 */
class BenchSmokeTest {

    @TempDir
    Path work;

    @Test
    void a_small_bench_run_measures_every_stage_and_both_references() throws Exception {
        TestPostgres.Database admin = TestPostgres.admin();

        Bench.Result r = Bench.run(300, 7, 100, admin.url(), admin.user(), admin.password(), work);

        assertThat(r.stages()).hasSize(6).allSatisfy(s -> {
            assertThat(s.seconds()).isPositive();
            assertThat(s.households()).isEqualTo(300);
            assertThat(s.peakHeapBytes()).isPositive();
            assertThat(s.cpu().jvmSeconds()).isPositive();
        });
        if (Files.isReadable(Path.of("/proc/stat"))) {
            assertThat(r.stages()).allSatisfy(s -> assertThat(s.cpu().machine()).hasValueSatisfying(
                    m -> assertThat(m.busySeconds() + m.idleSeconds()).isPositive()));
            assertThat(r.busyMillisPerHousehold()).hasValueSatisfying(ms -> assertThat(ms).isPositive());
        }
        assertThat(r.stages().get(0).events()).as("registration and entitlement events").isGreaterThan(300);
        assertThat(r.naive().households()).isEqualTo(100);
        assertThat(r.naive().events()).isGreaterThan(100);
        assertThat(r.raw().events()).isEqualTo(r.stages().get(0).events());
        assertThat(r.tunedOverNaive()).isPositive();
        assertThat(r.tunedOverRaw()).isPositive();
        List<String> left = Jdbi.create(admin.url(), admin.user(), admin.password()).withHandle(h -> h.createQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE 'bansos_bench%'").mapTo(String.class).list());
        assertThat(left).as("the run's databases are dropped").isEmpty();
    }
}
