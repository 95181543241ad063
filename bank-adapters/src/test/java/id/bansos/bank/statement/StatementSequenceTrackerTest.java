package id.bansos.bank.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSequenceTrackerTest {

    private static final String ACCOUNT = "123456789012345";

    @Test
    void consecutive_statements_raise_nothing() {
        // given a tracker that saw statement 41 of the account
        StatementSequenceTracker tracker = new StatementSequenceTracker(
                List.of(new StatementSequenceTracker.Seen(ACCOUNT, 41, null)));

        // when 42 and 43 arrive, then nothing is reported
        assertThat(tracker.observe(ACCOUNT, 42L, null, "file 1")).isEmpty();
        assertThat(tracker.observe(ACCOUNT, 43L, null, "file 2")).isEmpty();
    }

    @Test
    void a_statement_received_twice_is_an_error() {
        // given a tracker that saw statement 7
        StatementSequenceTracker tracker = new StatementSequenceTracker();
        tracker.observe(ACCOUNT, 7L, null, "file 1");

        // when statement 7 arrives again
        List<Problem> problems = tracker.observe(ACCOUNT, 7L, null, "file 2");

        // then it is an error naming the statement and account
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).isEqualTo("statement 7 of account " + ACCOUNT + " was already received");
        });
    }

    @Test
    void skipped_numbers_are_reported_as_missing() {
        // given a tracker that saw statement 10
        StatementSequenceTracker tracker = new StatementSequenceTracker(
                List.of(new StatementSequenceTracker.Seen(ACCOUNT, 10, null)));

        // when statement 14 arrives
        List<Problem> problems = tracker.observe(ACCOUNT, 14L, null, "file");

        // then 11–13 are reported missing
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("statements 11–13").contains("missing before 14");
        });
    }

    @Test
    void a_late_statement_filling_a_gap_is_reported_as_out_of_order_and_is_not_a_repeat() {
        // given statements 1 and 3 seen
        StatementSequenceTracker tracker = new StatementSequenceTracker();
        tracker.observe(ACCOUNT, 1L, null, "a");
        tracker.observe(ACCOUNT, 3L, null, "b");

        // when 2 arrives
        List<Problem> problems = tracker.observe(ACCOUNT, 2L, null, "c");

        // then it is a warning, not an error
        assertThat(problems).extracting(Problem::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void pages_of_one_statement_are_not_repeats() {
        // given page 1 of statement 4
        StatementSequenceTracker tracker = new StatementSequenceTracker();
        tracker.observe(ACCOUNT, 4L, 1, "a");

        // when page 2 arrives, then nothing is reported; page 2 again is a repeat
        assertThat(tracker.observe(ACCOUNT, 4L, 2, "b")).isEmpty();
        assertThat(tracker.observe(ACCOUNT, 4L, 2, "c")).extracting(Problem::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void numbering_that_restarts_at_one_is_noted_as_a_new_year() {
        // given Mandiri's :28C: reached 365 by the end of the year
        StatementSequenceTracker tracker = new StatementSequenceTracker(List.of(
                new StatementSequenceTracker.Seen(ACCOUNT, 1, null),
                new StatementSequenceTracker.Seen(ACCOUNT, 365, null)));

        // when statement 1 of the new year arrives, then it is information, and 2 follows without complaint
        assertThat(tracker.observe(ACCOUNT, 1L, null, "2 January")).extracting(Problem::severity)
                .containsExactly(Severity.INFO);
        assertThat(tracker.observe(ACCOUNT, 2L, null, "3 January")).isEmpty();
    }

    @Test
    void unnumbered_statements_and_other_accounts_are_followed_separately() {
        // given a tracker
        StatementSequenceTracker tracker = new StatementSequenceTracker();

        // when statements numbered 0 (not numbered) repeat, and two accounts start at different numbers
        // then nothing is reported
        assertThat(tracker.observe(ACCOUNT, 0L, 1, "a")).isEmpty();
        assertThat(tracker.observe(ACCOUNT, 0L, 1, "b")).isEmpty();
        assertThat(tracker.observe(ACCOUNT, 5L, null, "c")).isEmpty();
        assertThat(tracker.observe("999", 90L, null, "d")).isEmpty();
        assertThat(tracker.seen()).hasSize(2);
    }
}
