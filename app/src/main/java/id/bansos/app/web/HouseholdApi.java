package id.bansos.app.web;

import id.bansos.app.kpm.HouseholdHistory;
import id.bansos.ledger.kpm.TimelineEntry;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries;
import id.bansos.ledger.roster.RosterColumns;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only household and entitlement views. NIK, KK and account numbers are always masked here. */
@RestController
@RequestMapping("/api")
class HouseholdApi {

    private final HouseholdQueries queries;
    private final HouseholdHistory history;

    HouseholdApi(HouseholdQueries queries, HouseholdHistory history) {
        this.queries = queries;
        this.history = history;
    }

    /** A household: summary, members, entitlements and timeline. */
    @GetMapping("/households/{id}")
    ResponseEntity<Map<String, Object>> household(@PathVariable String id) {
        return queries.household(id).map(h -> ResponseEntity.ok(Map.<String, Object>of(
                        "householdId", h.householdId(),
                        "onRoster", h.onRoster(),
                        "pengurus", Map.of("name", h.pengurusName(), "nik", RosterColumns.mask(h.pengurusNik())),
                        "noKk", RosterColumns.mask(h.noKk()),
                        "regionCode", h.regionCode(),
                        "desil", h.desil(),
                        "channel", Map.of("code", h.channel(), "account", h.accountNumber() == null ? ""
                                : RosterColumns.mask(h.accountNumber())),
                        "members", queries.members(id).stream().map(m -> Map.of("nik", RosterColumns.mask(m.nik()),
                                "birthDate", m.birthDate().toString(), "status", m.status(),
                                "component", m.component() == null ? "" : m.component())).toList(),
                        "entitlements", queries.entitlements(id),
                        "timeline", history.timeline(id).stream().map(HouseholdApi::entry).toList())))
                .orElse(ResponseEntity.notFound().build());
    }

    /** Households and amounts per channel and status for one program and period. */
    @GetMapping("/entitlements/totals")
    List<HouseholdQueries.EntitlementTotal> totals(@RequestParam String program, @RequestParam String period) {
        return queries.entitlementTotals(program, YearMonth.parse(period));
    }

    private static Map<String, Object> entry(TimelineEntry t) {
        return Map.of("sequence", t.sequence(), "at", t.at().toString(), "what", t.what());
    }
}
