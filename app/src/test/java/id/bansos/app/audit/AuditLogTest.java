package id.bansos.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.LedgerIntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LedgerIntegrationTest
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Test
    void entries_are_read_back_newest_first_and_filtered_by_actor_action_and_subject() {
        Instant before = Instant.now().minusSeconds(1);
        audit.record("auditor-test-1", AuditAction.VIEW_PERSONAL_DATA, "household:KPM00000007", "complaint 12",
                "nik, account");
        audit.record("auditor-test-1", AuditAction.EXPORT, "report:disbursement:SEMBAKO:2026-10", "monthly",
                "xlsx");
        audit.record("auditor-test-2", AuditAction.APPROVE, "batch:SEMBAKO-2026-10-BRI-1", "", "slot 1");

        List<AuditEntry> byFirst = audit.find(new AuditLog.Filter("auditor-test-1", null, null, before));
        List<AuditEntry> exports = audit.find(new AuditLog.Filter(null, AuditAction.EXPORT, null, before));
        List<AuditEntry> ofBatch = audit.find(new AuditLog.Filter(null, null, "batch:SEMBAKO-2026-10-BRI-1", before));

        assertThat(byFirst).extracting(AuditEntry::action)
                .containsExactly(AuditAction.EXPORT, AuditAction.VIEW_PERSONAL_DATA);
        assertThat(exports).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("report:disbursement:SEMBAKO:2026-10");
            assertThat(e.detail()).isEqualTo("xlsx");
        });
        assertThat(ofBatch).singleElement().extracting(AuditEntry::actor).isEqualTo("auditor-test-2");
    }

    @Test
    void an_over_long_reason_is_kept_clipped_rather_than_refused() {
        audit.record("auditor-test-3", AuditAction.SEARCH, "households", "x".repeat(900), "");

        List<AuditEntry> found = audit.find(new AuditLog.Filter("auditor-test-3", AuditAction.SEARCH, null, null));

        assertThat(found).singleElement().extracting(e -> e.reason().length()).isEqualTo(500);
    }
}
