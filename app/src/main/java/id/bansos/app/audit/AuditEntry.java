package id.bansos.app.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what to which subject, when, and why. The subject names a record (household,
 * batch, report, case), never a NIK, KK or account number in the clear.
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String subject, String reason,
                         String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        actor = clip(actor, 100);
        subject = clip(subject, 200);
        reason = clip(reason, 500);
        detail = clip(detail, 2000);
    }

    private static String clip(String s, int max) {
        String v = s == null ? "" : s.strip();
        return v.length() <= max ? v : v.substring(0, max);
    }
}
