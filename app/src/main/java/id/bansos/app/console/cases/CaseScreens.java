package id.bansos.app.console.cases;

import id.bansos.app.console.ConsoleActions;
import id.bansos.app.kpm.HouseholdHistory;
import id.bansos.app.reconciliation.CaseWork;
import id.bansos.reconciliation.cases.CaseRefused;
import id.bansos.reconciliation.cases.FlagType;
import id.bansos.reconciliation.cases.Resolution;
import id.bansos.reconciliation.cases.axon.CaseCommands.AssignCase;
import id.bansos.reconciliation.cases.axon.CaseCommands.NoteCase;
import id.bansos.reconciliation.cases.axon.CaseCommands.RequestGroundCheck;
import id.bansos.reconciliation.cases.readmodel.CaseQueue;
import java.security.Principal;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The flag and case screens: the work queue, filtered, and one case with its flags, its trail, the household's
 * timeline, and the forms to assign, note and resolve it. The logged-in user is the acting user; the case's own
 * rules decide whether an action stands.
 */
@Controller
class CaseScreens {

    private final CaseViews views;
    private final CommandGateway commands;
    private final ConsoleActions actions;
    private final CaseWork work;
    private final HouseholdHistory history;

    CaseScreens(CaseViews views, CommandGateway commands, ConsoleActions actions, CaseWork work,
                HouseholdHistory history) {
        this.views = views;
        this.commands = commands;
        this.actions = actions;
        this.work = work;
        this.history = history;
    }

    @GetMapping("/cases")
    String queue(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(required = false) String type,
                 @RequestParam(required = false) String channel, @RequestParam(required = false) String region,
                 @RequestParam(required = false) Integer olderThan, @RequestParam(required = false) Long minAmount,
                 Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of("OPEN", "RESOLVED", "ALL"));
        model.addAttribute("type", blankAsNull(type));
        model.addAttribute("channel", blankAsNull(channel));
        model.addAttribute("region", blankAsNull(region));
        model.addAttribute("olderThan", olderThan);
        model.addAttribute("minAmount", minAmount);
        model.addAttribute("types", FlagType.values());
        model.addAttribute("channels", views.channels());
        model.addAttribute("cases", views.queue(new CaseQueue.Filter(blankAsNull(type), blankAsNull(channel),
                blankAsNull(region), olderThan, minAmount, "ALL".equals(status) ? null : status, null,
                CaseViews.QUEUE_LIMIT)));
        model.addAttribute("limit", CaseViews.QUEUE_LIMIT);
        return "cases/queue";
    }

    @GetMapping("/cases/{id}")
    String one(@PathVariable String id, Model model) {
        CaseViews.Case investigation = existing(id);
        model.addAttribute("investigation", investigation);
        model.addAttribute("timeline", investigation.householdId() == null ? List.of()
                : history.timeline(investigation.householdId()));
        model.addAttribute("flags", views.flags(id));
        model.addAttribute("trail", views.trail(id));
        model.addAttribute("resolutions", Resolution.values());
        return "cases/detail";
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable String id, @RequestParam String assignee, Principal user, RedirectAttributes flash) {
        return act(id, new AssignCase(id, assignee.strip(), user.getName()), "case.assigned", flash);
    }

    @PostMapping("/cases/{id}/note")
    String note(@PathVariable String id, @RequestParam String note, Principal user, RedirectAttributes flash) {
        return act(id, new NoteCase(id, note, user.getName()), "case.noted", flash);
    }

    @PostMapping("/cases/{id}/ground-check")
    String groundCheck(@PathVariable String id, @RequestParam String what, Principal user,
                       RedirectAttributes flash) {
        return act(id, new RequestGroundCheck(id, what, user.getName()), "case.groundCheckRequested", flash);
    }

    /** Resolves the case (see {@link CaseWork#resolve}). */
    @PostMapping("/cases/{id}/resolve")
    String resolve(@PathVariable String id, @RequestParam Resolution resolution, @RequestParam String reason,
                   @RequestParam(required = false) String payment, @RequestParam(defaultValue = "false") boolean viaPos,
                   Principal user, RedirectAttributes flash) {
        CaseViews.Case c = existing(id);
        String screen = "/cases/" + c.caseId();
        return actions.run(() -> work.resolve(id, c.householdId(), resolution, reason, payment, viaPos,
                user.getName()), CaseRefused.class, "case.resolved", screen, flash);
    }

    private String act(String caseId, Object command, String done, RedirectAttributes flash) {
        String screen = "/cases/" + existing(caseId).caseId();
        return actions.run(() -> commands.sendAndWait(command), CaseRefused.class, done, screen, flash);
    }

    private CaseViews.Case existing(String caseId) {
        return views.one(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
