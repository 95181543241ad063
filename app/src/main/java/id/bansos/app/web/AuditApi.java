package id.bansos.app.web;

import id.bansos.app.audit.AuditAction;
import id.bansos.app.audit.AuditEntry;
import id.bansos.app.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for auditors' own tools: the same entries and filters as the console's audit screen. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Who viewed or exported personal data and who decided what (AUDIT_READ)")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first (at most 1,000), by actor, action, subject and since")
    List<AuditEntry> entries(@RequestParam(required = false) String actor,
                             @RequestParam(required = false) AuditAction action,
                             @RequestParam(required = false) String subject,
                             @RequestParam(required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime since) {
        return audit.find(new AuditLog.Filter(blankAsNull(actor), action, blankAsNull(subject),
                since == null ? null : since.toInstant()));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
