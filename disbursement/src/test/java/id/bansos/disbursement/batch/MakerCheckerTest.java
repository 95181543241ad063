package id.bansos.disbursement.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MakerCheckerTest {

    private static final BatchDigest SMALL = new BatchDigest(3, 1_800_000, "a".repeat(64));
    private static final BatchDigest LARGE = new BatchDigest(20_000, 12_000_000_000L, "b".repeat(64));
    private static final BatchDigest CHANGED = new BatchDigest(3, 1_900_000, "c".repeat(64));
    private static final ApprovalBands BANDS = ApprovalBands.standard();
    private static final ExportPlan PLAN = new ExportPlan(LocalDate.of(2026, 10, 8),
            Instant.parse("2026-10-07T23:00:00Z"), 1_000_000);
    private static final ExportedFile FILE = new ExportedFile("f.xml", "pain.001.001.09", 1, "d".repeat(64), 3,
            1_800_000);

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
        BatchState approved = apply(submitted(SMALL, "rina"),
                BatchDecisions.approve(submitted(SMALL, "rina"), "budi", SMALL, BANDS));

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
    void the_first_export_plan_holds_for_every_later_export() {
        BatchState approved = approved(SMALL);

        BatchState planned = apply(approved, BatchDecisions.planExport(approved, SMALL, PLAN, "export-job"));
        List<BatchEvent> again = BatchDecisions.planExport(planned, SMALL, new ExportPlan(LocalDate.of(2026, 10, 9),
                Instant.parse("2026-10-08T03:00:00Z"), 10), "export-job");

        assertThat(planned.exportPlan()).isEqualTo(PLAN);
        assertThat(again).isEmpty();
    }

    @Test
    void exporting_the_same_file_twice_records_it_once() {
        BatchState planned = planned(approved(SMALL));

        BatchState exported = apply(planned, BatchDecisions.fileExported(planned, SMALL, FILE, "system"));

        assertThat(exported.status()).isEqualTo(BatchStatus.EXPORTED);
        assertThat(BatchDecisions.fileExported(exported, SMALL, FILE, "system")).isEmpty();
    }

    @Test
    void a_file_written_again_with_other_bytes_under_the_same_name_is_refused() {
        BatchState planned = planned(approved(SMALL));
        BatchState exported = apply(planned, BatchDecisions.fileExported(planned, SMALL, FILE, "system"));
        ExportedFile other = new ExportedFile(FILE.fileName(), FILE.format(), 1, "e".repeat(64), 3, 1_800_000);

        assertThatThrownBy(() -> BatchDecisions.fileExported(exported, SMALL, other, "system"))
                .isInstanceOf(BatchRefused.class).hasMessageContaining("the bank may hold the first");
    }

    @Test
    void a_file_is_written_only_from_a_plan_and_only_while_the_lines_match_the_approval() {
        BatchState approved = approved(SMALL);

        assertThatThrownBy(() -> BatchDecisions.fileExported(approved, SMALL, FILE, "system"))
                .isInstanceOf(BatchRefused.class).hasMessageContaining("no export plan");
        assertThatThrownBy(() -> BatchDecisions.planExport(approved, CHANGED, PLAN, "system"))
                .isInstanceOf(BatchRefused.class).hasMessageContaining("no longer match the approved digest");
    }

    @Test
    void a_collected_file_is_recorded_once_and_only_when_it_was_exported() {
        BatchState planned = planned(approved(SMALL));
        BatchState exported = apply(planned, BatchDecisions.fileExported(planned, SMALL, FILE, "system"));

        BatchState collected = apply(exported, BatchDecisions.fileCollected(exported, FILE.fileName(), "h2h-bri"));

        assertThat(collected.collectedFiles()).containsExactly(FILE.fileName());
        assertThat(BatchDecisions.fileCollected(collected, FILE.fileName(), "h2h-bri")).isEmpty();
        assertThatThrownBy(() -> BatchDecisions.fileCollected(exported, "other.xml", "h2h-bri"))
                .isInstanceOf(BatchRefused.class).hasMessageContaining("exported no file other.xml");
    }

    @Test
    void a_new_approval_after_changed_lines_needs_a_new_plan() {
        BatchState planned = planned(approved(SMALL));

        BatchState changed = apply(planned, BatchDecisions.linesChanged(planned, CHANGED, "line released"));

        assertThat(changed.exportPlan()).isNull();
    }

    @Test
    void a_rejection_needs_a_reason_and_a_person_other_than_the_maker() {
        BatchState batch = submitted(SMALL, "rina");

        assertThatThrownBy(() -> BatchDecisions.reject(batch, "budi", " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> BatchDecisions.reject(batch, "rina", "wrong period"))
                .hasMessageContaining("maker-checker");
        BatchState rejected = apply(batch, BatchDecisions.reject(batch, "budi", "wrong period"));
        assertThat(rejected.status()).isEqualTo(BatchStatus.REJECTED);
    }

    @Test
    void funding_must_match_the_batch_total_and_counts_once() {
        BatchState batch = submitted(SMALL, "rina");

        assertThatThrownBy(() -> BatchDecisions.fund(batch, "SP2D-1", 1_000, "treasury"))
                .hasMessageContaining("does not fund");
        BatchState funded = apply(batch, BatchDecisions.fund(batch, "SP2D-1", 1_800_000, "treasury"));
        assertThat(BatchDecisions.fund(funded, "SP2D-1", 1_800_000, "treasury")).isEmpty();
    }

    private static BatchState approved(BatchDigest digest) {
        BatchState submitted = submitted(digest, "rina");
        return apply(submitted, BatchDecisions.approve(submitted, "budi", digest, BANDS));
    }

    private static BatchState planned(BatchState approved) {
        return apply(approved, BatchDecisions.planExport(approved, approved.approvedDigest(), PLAN, "export-job"));
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
