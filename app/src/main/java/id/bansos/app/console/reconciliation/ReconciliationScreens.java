package id.bansos.app.console.reconciliation;

import id.bansos.app.console.ConsoleActions;
import id.bansos.app.console.files.FileViews;
import id.bansos.reconciliation.matching.SuspenseMatchRefused;
import id.bansos.reconciliation.matching.axon.ManualMatching;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reconciliation screen: matched lines, breaks and suspense per channel and per statement applied, and the
 * manual-match workbench, where one person proposes the payment an entry in suspense is and another approves or
 * rejects it ({@link ManualMatching}; the match's own rules refuse a proposer deciding on their own match).
 */
@Controller
class ReconciliationScreens {

    private static final String SCREEN = "/reconciliation";

    private final ReconciliationViews views;
    private final FileViews files;
    private final ManualMatching matching;
    private final ConsoleActions actions;

    ReconciliationScreens(ReconciliationViews views, FileViews files, ManualMatching matching,
                          ConsoleActions actions) {
        this.views = views;
        this.files = files;
        this.matching = matching;
        this.actions = actions;
    }

    @GetMapping(SCREEN)
    String reconciliation(@RequestParam(required = false) String channel, Model model) {
        String shown = channel == null || channel.isBlank() ? null : channel;
        model.addAttribute("channel", shown);
        model.addAttribute("byChannel", views.byChannel());
        model.addAttribute("statements", files.inbox(shown, "APPLIED"));
        model.addAttribute("suspense", views.openSuspense(shown));
        model.addAttribute("breaks", views.openBreaks(shown));
        model.addAttribute("matched", views.matchedByHand(shown));
        model.addAttribute("limit", ReconciliationViews.LIMIT);
        return "reconciliation/reconciliation";
    }

    @PostMapping(SCREEN + "/suspense/{entry}/propose")
    String propose(@PathVariable long entry, @RequestParam String reference, @RequestParam String reason,
                   Principal user, RedirectAttributes flash) {
        return actions.run(() -> matching.propose(entry, reference.strip(), reason, user.getName()),
                SuspenseMatchRefused.class, "match.proposed", SCREEN, flash);
    }

    @PostMapping(SCREEN + "/suspense/{entry}/approve")
    String approve(@PathVariable long entry, Principal user, RedirectAttributes flash) {
        return actions.run(() -> matching.approve(entry, user.getName()), SuspenseMatchRefused.class,
                "match.approved", SCREEN, flash);
    }

    @PostMapping(SCREEN + "/suspense/{entry}/reject")
    String reject(@PathVariable long entry, @RequestParam String reason, Principal user, RedirectAttributes flash) {
        return actions.run(() -> matching.reject(entry, reason, user.getName()), SuspenseMatchRefused.class,
                "match.rejected", SCREEN, flash);
    }
}
