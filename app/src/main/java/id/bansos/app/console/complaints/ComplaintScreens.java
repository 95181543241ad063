package id.bansos.app.console.complaints;

import id.bansos.app.reconciliation.ComplaintIntake;
import id.bansos.reconciliation.cases.CaseRefused;
import id.bansos.reconciliation.cases.Complaint;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint form: who complained, for which household, what about; lodged, it shows the case it opened or
 * joined. A refusal (no such household, a reference already another's) comes back on the form with its reason.
 */
@Controller
class ComplaintScreens {

    private final ComplaintIntake intake;

    ComplaintScreens(ComplaintIntake intake) {
        this.intake = intake;
    }

    @GetMapping("/complaints/new")
    String form(Model model) {
        model.addAttribute("complainants", Complaint.Complainant.values());
        model.addAttribute("kinds", Complaint.Kind.values());
        return "complaints/form";
    }

    @PostMapping("/complaints")
    String lodge(@RequestParam String household, @RequestParam String reference,
                 @RequestParam Complaint.Complainant complainant, @RequestParam Complaint.Kind kind,
                 @RequestParam String text, Principal user, RedirectAttributes flash) {
        try {
            ComplaintIntake.Lodged lodged = intake.lodge(household, reference, complainant, kind, text,
                    user.getName());
            flash.addFlashAttribute("done", lodged.repeat() ? "complaint.repeat" : "complaint.lodged");
            return "redirect:/cases/" + lodged.caseId();
        } catch (CaseRefused e) {
            flash.addFlashAttribute("refused", e.getMessage());
            return "redirect:/complaints/new";
        }
    }
}
