package id.bansos.app.console.dashboard;

import id.bansos.app.console.batches.BatchViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard, the console's landing page: the current cycle (the newest period with batches, or the period asked
 * for) in counts and rupiah per program, channel and status, with bar charts; open flags by type; and unclaimed bank
 * credits by age.
 */
@Controller
class DashboardScreen {

    private final DashboardViews views;
    private final BatchViews batches;

    DashboardScreen(DashboardViews views, BatchViews batches) {
        this.views = views;
        this.batches = batches;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/dashboard";
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String period, Model model) {
        String shown = period == null || period.isBlank() ? views.currentPeriod().orElse(null) : period;
        model.addAttribute("period", shown);
        model.addAttribute("periods", batches.periods());
        model.addAttribute("byProgram", views.byProgram(shown));
        model.addAttribute("byChannel", views.byChannel(shown));
        model.addAttribute("byStatus", views.byStatus(shown));
        model.addAttribute("flags", views.openFlags());
        model.addAttribute("unclaimed", views.unclaimedAgeing(shown));
        return "dashboard/dashboard";
    }
}
