package id.bansos.app.console.audit;

import id.bansos.app.audit.AuditAction;
import id.bansos.app.audit.AuditLog;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log screen (AUDIT_READ): who viewed or exported personal data and who decided what, newest first. */
@Controller
class AuditScreens {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final AuditLog audit;

    AuditScreens(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                Model model) {
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        model.addAttribute("actor", who);
        model.addAttribute("action", action);
        model.addAttribute("since", since);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entries", audit.find(new AuditLog.Filter(who, action, null,
                since == null ? null : since.atStartOfDay(WIB).toInstant())));
        return "audit/list";
    }
}
