package id.bansos.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuClockTest {

    @Test
    void the_summary_line_of_proc_stat_gives_busy_idle_and_stolen_ticks() {
        CpuClock.MachineTicks ticks = CpuClock.parse("cpu  257298 10 47975 159212 3336 0 4555 3509 120 0");

        assertThat(ticks.busy()).as("user + nice + system + irq + softirq; guest is inside user")
                .isEqualTo(257298 + 10 + 47975 + 0 + 4555);
        assertThat(ticks.idle()).as("idle + iowait").isEqualTo(159212 + 3336);
        assertThat(ticks.steal()).isEqualTo(3509);
    }

    @Test
    void a_line_that_is_not_the_summary_is_refused() {
        assertThatThrownBy(() -> CpuClock.parse("cpu0 100 0 50 900 0 0 0 0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cpu0 100");
        assertThatThrownBy(() -> CpuClock.parse("cpu 100 0 50"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("summary line");
    }

    @Test
    void two_readings_give_the_seconds_between_them() {
        CpuClock.Reading before = new CpuClock.Reading(2_000_000_000L,
                Optional.of(new CpuClock.MachineTicks(1_000, 500, 10)));
        CpuClock.Reading after = new CpuClock.Reading(5_500_000_000L,
                Optional.of(new CpuClock.MachineTicks(1_600, 540, 12)));

        BenchStage.Cpu cpu = before.until(after);

        assertThat(cpu.jvmSeconds()).isEqualTo(3.5);
        assertThat(cpu.machine()).contains(new BenchStage.Machine(6.0, 0.4, 0.02));
        assertThat(cpu.otherSeconds()).contains(2.5);
    }

    @Test
    void without_the_machine_s_figures_only_the_jvm_s_time_is_given() {
        CpuClock.Reading before = new CpuClock.Reading(1_000_000_000L, Optional.empty());
        CpuClock.Reading after = new CpuClock.Reading(1_250_000_000L,
                Optional.of(new CpuClock.MachineTicks(1, 1, 0)));

        BenchStage.Cpu cpu = before.until(after);

        assertThat(cpu.jvmSeconds()).isEqualTo(0.25);
        assertThat(cpu.machine()).isEmpty();
        assertThat(cpu.otherSeconds()).isEmpty();
    }
}
