package id.bansos.app.kpm;

import id.bansos.app.audit.AuditAction;
import id.bansos.app.audit.AuditLog;
import id.bansos.ledger.kpm.TimelineEntry;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries.EntitlementRow;
import id.bansos.ledger.roster.RosterColumns;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * One household as the console and the API show it: summary, members, entitlements and timeline. NIK, No. KK and
 * account numbers are masked, unless someone allowed to see them asks with a reason, which is audited.
 */
@Component
public class HouseholdCards {

    private final HouseholdQueries queries;
    private final HouseholdHistory history;
    private final AuditLog audit;

    public HouseholdCards(HouseholdQueries queries, HouseholdHistory history, AuditLog audit) {
        this.queries = queries;
        this.history = history;
        this.audit = audit;
    }

    /** The household with its numbers masked. */
    public Optional<Card> masked(String householdId) {
        return card(householdId, RosterColumns::mask, false);
    }

    /**
     * The household with its numbers in full, for {@code actor}, who said why; the view is written to the audit log
     * first. Refused without a reason.
     */
    public Optional<Card> unmasked(String householdId, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why you need the numbers unmasked");
        }
        if (queries.household(householdId).isEmpty()) {
            return Optional.empty();
        }
        audit.record(actor, AuditAction.VIEW_PERSONAL_DATA, householdId, reason, "household NIK, No. KK and account");
        return card(householdId, UnaryOperator.identity(), true);
    }

    private Optional<Card> card(String householdId, UnaryOperator<String> show, boolean unmasked) {
        return queries.household(householdId).map(h -> new Card(h.householdId(), h.onRoster(), h.pengurusName(),
                show.apply(h.pengurusNik()), show.apply(h.noKk()), h.regionCode(), h.desil(), h.channel(),
                h.accountNumber() == null ? null : show.apply(h.accountNumber()),
                queries.members(householdId).stream().map(m -> new Member(show.apply(m.nik()), m.name(),
                        m.birthDate(), m.status(), m.component())).toList(),
                queries.entitlements(householdId), history.timeline(householdId), unmasked));
    }

    /**
     * A household as shown.
     *
     * @param unmasked whether the numbers are in full (an audited view) or masked
     */
    public record Card(String householdId, boolean onRoster, String pengurusName, String pengurusNik, String noKk,
                       String regionCode, int desil, String channel, String accountNumber, List<Member> members,
                       List<EntitlementRow> entitlements, List<TimelineEntry> timeline, boolean unmasked) {
    }

    /** A member as shown. */
    public record Member(String nik, String name, LocalDate birthDate, String status, String component) {
    }
}
