package id.bansos.bank.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProcessOwnerTest {

    @Test
    void a_name_is_read_as_pid_at_host_and_nothing_else_is() {
        assertThat(ProcessOwner.parse("4242@node-a.example")).contains(new ProcessOwner(4242, "node-a.example"));
        assertThat(ProcessOwner.parse("node-a")).isEmpty();
        assertThat(ProcessOwner.parse("@node-a")).isEmpty();
        assertThat(ProcessOwner.parse("12x@node-a")).isEmpty();
        assertThat(ProcessOwner.parse("4242@")).isEmpty();
        assertThat(ProcessOwner.parse(null)).isEmpty();
    }

    @Test
    void this_process_and_processes_of_other_hosts_are_never_taken_for_ended() {
        ProcessOwner me = ProcessOwner.current();

        assertThat(me.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(me.endedAfter(Instant.now())).isFalse();
        assertThat(new ProcessOwner(me.pid(), me.host() + ".elsewhere").endedAfter(Instant.now())).isFalse();
    }
}
