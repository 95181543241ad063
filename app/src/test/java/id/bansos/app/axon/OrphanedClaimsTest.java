package id.bansos.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.bank.exchange.ProcessOwner;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LedgerIntegrationTest
class OrphanedClaimsTest {

    @Autowired
    Jdbi jdbi;

    @Test
    void the_segments_of_an_ended_process_of_this_host_are_released_and_no_others() throws Exception {
        Process live = new ProcessBuilder("sleep", "60").start();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor(10, TimeUnit.SECONDS);
        String host = ProcessOwner.current().host();
        claim(0, ended.pid() + "@" + host);
        claim(1, ended.pid() + "@" + host);
        claim(2, live.pid() + "@" + host);
        claim(3, ended.pid() + "@elsewhere.example");
        claim(4, ProcessOwner.current().name());
        try {
            int released = OrphanedClaims.release(jdbi);

            assertThat(released).isEqualTo(2);
            List<Integer> unclaimed = jdbi.withHandle(h -> h.createQuery("""
                    SELECT segment FROM token_entry WHERE processor_name = 'orphan-test' AND owner IS NULL
                    ORDER BY segment""").mapTo(Integer.class).list());
            assertThat(unclaimed).containsExactly(0, 1);
        } finally {
            live.destroyForcibly();
        }
    }

    private void claim(int segment, String owner) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO token_entry (processor_name, segment, "timestamp", owner)
                        VALUES ('orphan-test', :segment, :at, :owner)""")
                .bind("segment", segment).bind("at", Instant.now().toString()).bind("owner", owner).execute());
    }
}
