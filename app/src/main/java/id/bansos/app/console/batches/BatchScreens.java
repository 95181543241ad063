package id.bansos.app.console.batches;

import id.bansos.app.console.ConsoleActions;
import id.bansos.app.disbursement.BatchService;
import id.bansos.disbursement.batch.BatchRefused;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
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
 * The batch screens: the list with totals by bank, one batch with its totals by province, its changes against the
 * previous period, held entitlements and approval trail, and the maker-checker actions. The logged-in user is the
 * acting user; who may press which button is
 * in the security rules, and whether the batch's rules allow it is decided by the batch itself.
 */
@Controller
class BatchScreens {

    private final BatchViews views;
    private final BatchChanges changes;
    private final BatchService batches;
    private final ConsoleActions actions;

    BatchScreens(BatchViews views, BatchChanges changes, BatchService batches, ConsoleActions actions) {
        this.views = views;
        this.changes = changes;
        this.batches = batches;
        this.actions = actions;
    }

    @GetMapping("/batches")
    String list(@RequestParam(required = false) String period, Model model) {
        String shown = period == null || period.isBlank() ? null : period;
        model.addAttribute("period", shown);
        model.addAttribute("periods", views.periods());
        model.addAttribute("batches", views.batches(shown));
        model.addAttribute("byBank", views.totalsByBank(shown));
        return "batches/list";
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable String id, Model model) {
        BatchViews.Batch batch = existing(id);
        model.addAttribute("batch", batch);
        model.addAttribute("byProvince", views.totalsByProvince(id));
        model.addAttribute("held", views.held(batch));
        model.addAttribute("trail", views.trail(id));
        Optional<String> previous = changes.previousPeriod(batch);
        model.addAttribute("previousPeriod", previous.orElse(null));
        List<BatchChanges.Change> changed = previous.map(p -> changes.against(batch, p)).orElse(List.of());
        model.addAttribute("changes", changed);
        model.addAttribute("changeCounts", BatchChanges.counts(changed));
        return "batches/detail";
    }

    @PostMapping("/batches/{id}/submit")
    String submit(@PathVariable String id, Principal user, RedirectAttributes flash) {
        return actions.run(() -> batches.submit(id, user.getName()), BatchRefused.class, "batch.submitted",
                screen(existing(id)), flash);
    }

    @PostMapping("/batches/{id}/approve")
    String approve(@PathVariable String id, Principal user, RedirectAttributes flash) {
        return actions.run(() -> batches.approve(id, user.getName()), BatchRefused.class, "batch.approved",
                screen(existing(id)), flash);
    }

    @PostMapping("/batches/{id}/reject")
    String reject(@PathVariable String id, @RequestParam String reason, Principal user, RedirectAttributes flash) {
        return actions.run(() -> batches.reject(id, user.getName(), reason), BatchRefused.class, "batch.rejected",
                screen(existing(id)), flash);
    }

    private BatchViews.Batch existing(String batchId) {
        return views.batch(batchId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String screen(BatchViews.Batch batch) {
        return "/batches/" + batch.batchId();
    }
}
