package id.bansos.disbursement.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MakerCheckerTest {

    private static final BatchDigest SMALL = new BatchDigest(3, 1_800_000, "a".repeat(64));
    private static final BatchDigest LARGE = new BatchDigest(20_000, 12_000_000_000L, "b".repeat(64));
    private static final BatchDigest CHANGED = new BatchDigest(3, 1_900_000, "c".repeat(64));
    private static final ApprovalBands BANDS = ApprovalBands.standard();

    @Test
    void a_preparer_cannot_approve_their_own_batch() {
        BatchState batch = submitted(SMALL, "rina");

        assertThatThrownBy(() -> BatchDecisions.approve(batch, "rina", SMALL, BANDS))
                .isInstanceOf(BatchRefused.class)
                .hasMessageContaining("maker-checker");
    }

    @Test
    void one_approval_completes_a_batch_below_the_band() {
        BatchState batch = submitted(SMALL, "rina");

        List<BatchEvent> events = BatchDecisions.approve(batch, "budi", SMALL, BANDS);

        BatchState after = apply(batch, events);
        assertThat(after.status()).isEqualTo(BatchStatus.APPROVED);
        assertThat(after.approvedDigest()).isEqualTo(SMALL);
    }

    @Test
    void a_batch_above_the_band_needs_two_distinct_approvers() {
        BatchState batch = submitted(LARGE, "rina");

        BatchState once = apply(batch, BatchDecisions.approve(batch, "budi", LARGE, BANDS));
        BatchState again = apply(once, BatchDecisions.approve(once, "budi", LARGE, BANDS));
        BatchState twice = apply(again, BatchDecisions.approve(again, "sari", LARGE, BANDS));

        assertThat(once.status()).isEqualTo(BatchStatus.SUBMITTED);
        assertThat(again).as("the same approver again changes nothing").isEqualTo(once);
        assertThat(twice.status()).isEqualTo(BatchStatus.APPROVED);
        assertThat(twice.approvers()).containsExactlyInAnyOrder("budi", "sari");
    }

    @Test
    void changing_a_line_after_approval_blocks_export_until_approved_again() {
        BatchState approved = apply(submitted(SMALL, "rina"), BatchDecisions.approve(submitted(SMALL, "rina"), "budi", SMALL, BANDS));

        assertThatThrownBy(() -> BatchDecisions.checkExportable(approved, CHANGED))
                .isInstanceOf(BatchRefused.class)
                .hasMessageContaining("no longer match the approved digest");

        BatchState changed = apply(approved, BatchDecisions.linesChanged(approved, CHANGED, "account corrected"));
        assertThat(changed.status()).isEqualTo(BatchStatus.PREPARED);
        BatchState resubmitted = apply(changed, BatchDecisions.submit(changed, "rina"));
        BatchState reapproved = apply(resubmitted, BatchDecisions.approve(resubmitted, "budi", CHANGED, BANDS));
        BatchDecisions.checkExportable(reapproved, CHANGED);
        assertThat(reapproved.status()).isEqualTo(BatchStatus.APPROVED);
    }

    @Test
    void approving_lines_that_changed_since_submission_is_refused() {
        BatchState batch = submitted(SMALL, "rina");

        assertThatThrownBy(() -> BatchDecisions.approve(batch, "budi", CHANGED, BANDS))
                .isInstanceOf(BatchRefused.class)
                .hasMessageContaining("changed since it was submitted");
    }

    @Test
    void exporting_the_same_file_twice_records_it_once() {
        BatchState approved = apply(submitted(SMALL, "rina"), BatchDecisions.approve(submitted(SMALL, "rina"), "budi", SMALL, BANDS));

        BatchState exported = apply(approved, BatchDecisions.fileExported(approved, SMALL, "f.xml", "pain.001.001.09",
                "d".repeat(64), 3, 1_800_000, "system"));

        assertThat(BatchDecisions.fileExported(exported, SMALL, "f.xml", "pain.001.001.09", "d".repeat(64), 3,
                1_800_000, "system")).isEmpty();
    }

    @Test
    void a_rejection_needs_a_reason_and_a_person_other_than_the_maker() {
        BatchState batch = submitted(SMALL, "rina");

        assertThatThrownBy(() -> BatchDecisions.reject(batch, "budi", " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> BatchDecisions.reject(batch, "rina", "wrong period")).hasMessageContaining("maker-checker");
        BatchState rejected = apply(batch, BatchDecisions.reject(batch, "budi", "wrong period"));
        assertThat(rejected.status()).isEqualTo(BatchStatus.REJECTED);
    }

    @Test
    void funding_must_match_the_batch_total_and_counts_once() {
        BatchState batch = submitted(SMALL, "rina");

        assertThatThrownBy(() -> BatchDecisions.fund(batch, "SP2D-1", 1_000, "treasury")).hasMessageContaining("does not fund");
        BatchState funded = apply(batch, BatchDecisions.fund(batch, "SP2D-1", 1_800_000, "treasury"));
        assertThat(BatchDecisions.fund(funded, "SP2D-1", 1_800_000, "treasury")).isEmpty();
    }

    private static BatchState submitted(BatchDigest digest, String maker) {
        BatchState prepared = BatchState.prepared(new BatchPrepared("B-1", "SEMBAKO", YearMonth.of(2026, 10), "BRI",
                digest, "cycle"));
        return apply(prepared, BatchDecisions.submit(prepared, maker));
    }

    private static BatchState apply(BatchState state, List<BatchEvent> events) {
        BatchState s = state;
        for (BatchEvent e : events) {
            s = s.apply(e);
        }
        return s;
    }
}
