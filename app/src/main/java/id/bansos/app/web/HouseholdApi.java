package id.bansos.app.web;

import id.bansos.app.kpm.HouseholdCards;
import id.bansos.app.kpm.HouseholdLookup;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Households and entitlements. NIK, KK and account numbers are masked; someone allowed to see personal data may ask
 * for a household unmasked, saying why, and that view is audited.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Households", description = "Households (KPM), their entitlements and timeline; numbers masked")
class HouseholdApi {

    private final HouseholdCards cards;
    private final HouseholdLookup lookup;
    private final HouseholdQueries queries;

    HouseholdApi(HouseholdCards cards, HouseholdLookup lookup, HouseholdQueries queries) {
        this.cards = cards;
        this.lookup = lookup;
        this.queries = queries;
    }

    @GetMapping("/households")
    @Operation(summary = "Search households by NIK or No. KK (16 digits; audited), household reference, or name")
    List<HouseholdLookup.Found> search(@RequestParam String q, Principal user) {
        return lookup.search(q, user.getName());
    }

    @GetMapping("/households/{id}")
    @Operation(summary = "A household: summary, members, entitlements and timeline, numbers masked")
    ResponseEntity<HouseholdCards.Card> household(@PathVariable String id) {
        return ResponseEntity.of(cards.masked(id));
    }

    @PostMapping("/households/{id}/reveal")
    @Operation(summary = "The household with NIK, No. KK and account unmasked (PERSONAL_DATA); the reason is audited")
    ResponseEntity<HouseholdCards.Card> reveal(@PathVariable String id, @RequestBody Reveal body, Principal user) {
        return ResponseEntity.of(cards.unmasked(id, user.getName(), body.reason()));
    }

    @GetMapping("/entitlements/totals")
    @Operation(summary = "Households and amounts per channel and status for one program and period")
    List<HouseholdQueries.EntitlementTotal> totals(@RequestParam String program, @RequestParam String period) {
        return queries.entitlementTotals(program, YearMonth.parse(period));
    }

    /** Why the numbers are needed unmasked. */
    record Reveal(String reason) {
    }
}
