package id.bansos.bank.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemLogTest {

    @Test
    void problems_beyond_the_limit_are_counted_not_kept_and_the_count_keeps_the_worst_severity() {
        // given a log that keeps 2 problems
        ProblemLog log = new ProblemLog(2);

        // when a warning, an info, two errors and a warning are added
        log.warning("line 1", "a", "first");
        log.info("line 2", "b", "second");
        log.error("line 3", "c", "third");
        log.error("line 4", "c", "fourth");
        log.warning("line 5", "d", "fifth");

        // then two are listed and the other three are summed up as an error
        assertThat(log.problems()).hasSize(3);
        assertThat(log.problems().get(2)).satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).isEqualTo("3 more problems not listed: ERROR 2, WARNING 1");
        });
    }

    @Test
    void a_key_is_reported_only_the_first_time() {
        // given a log
        ProblemLog log = new ProblemLog(10);

        // when the same key is offered twice, then only the first is new
        assertThat(log.firstTime("currency EUR")).isTrue();
        assertThat(log.firstTime("currency EUR")).isFalse();
    }
}
