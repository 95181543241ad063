package id.bansos.app.console.households;

import id.bansos.app.kpm.HouseholdCards;
import id.bansos.app.kpm.HouseholdLookup;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The household screens: search by NIK, No. KK, name or reference (a number searched for is not written back into the
 * page), and one household with its numbers masked. Someone
 * allowed to see personal data may show them unmasked by stating why; that page is drawn for the request only (never a
 * link to come back to) and the view is audited.
 */
@Controller
class HouseholdScreens {

    private final HouseholdLookup lookup;
    private final HouseholdCards cards;

    HouseholdScreens(HouseholdLookup lookup, HouseholdCards cards) {
        this.lookup = lookup;
        this.cards = cards;
    }

    @GetMapping("/households")
    String search(@RequestParam(required = false) String q, Principal user, Model model) {
        model.addAttribute("q", HouseholdLookup.isNumber(q) ? "" : q);
        model.addAttribute("searched", q != null && !q.isBlank());
        model.addAttribute("found", lookup.search(q, user.getName()));
        model.addAttribute("limit", HouseholdLookup.LIMIT);
        return "households/search";
    }

    @GetMapping("/households/{id}")
    String household(@PathVariable String id, Model model) {
        model.addAttribute("household", cards.masked(id).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND)));
        return "households/detail";
    }

    @PostMapping("/households/{id}/reveal")
    String reveal(@PathVariable String id, @RequestParam String reason, Principal user, Model model) {
        try {
            model.addAttribute("household", cards.unmasked(id, user.getName(), reason).orElseThrow(
                    () -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
            return "households/detail";
        } catch (IllegalArgumentException e) {
            model.addAttribute("refused", e.getMessage());
            return household(id, model);
        }
    }
}
