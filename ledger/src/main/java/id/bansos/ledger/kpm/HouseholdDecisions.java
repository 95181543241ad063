package id.bansos.ledger.kpm;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The household's decisions as pure functions: given what the ledger knows and what the roster now says, which events
 * happen. Applying the same roster twice yields no events the second time.
 */
public final class HouseholdDecisions {

    private HouseholdDecisions() {
    }

    /**
     * Reconciles a household with its roster line for a period.
     *
     * @param state      the household as the ledger knows it, or null when it is new
     * @param incoming   the roster line
     * @param period     the payment period the roster is imported for
     * @param determined the entitlements computed for that period from the incoming line and the program rules
     * @return the differences as events, in the order they happen; empty when nothing changed
     */
    public static List<HouseholdEvent> applyRoster(HouseholdState state, HouseholdRecord incoming, YearMonth period,
                                                   List<Entitlement> determined, String importId) {
        String id = incoming.householdId();
        List<HouseholdEvent> events = new ArrayList<>();
        if (state == null) {
            events.add(new HouseholdRegistered(id, incoming, importId));
        } else {
            if (!state.onRoster()) {
                events.add(new HouseholdReturnedToRoster(id, importId));
            }
            events.addAll(recordChanges(state.record(), incoming, importId));
        }
        Map<EntitlementKey, Entitlement> known = state == null ? Map.of() : state.entitlements();
        Set<String> programsDetermined = new HashSet<>();
        for (Entitlement e : determined) {
            if (!e.period().equals(period)) {
                throw new IllegalArgumentException("entitlement for " + e.period() + " offered in an import for "
                        + period);
            }
            programsDetermined.add(e.program());
            if (!e.equals(known.get(e.key()))) {
                events.add(e.determinedFor(id, importId));
            }
        }
        for (Entitlement e : known.values()) {
            if (e.period().equals(period) && e.status() != EntitlementStatus.REVOKED
                    && !programsDetermined.contains(e.program())) {
                events.add(new EntitlementRevoked(id, e.program(), period,
                        "no longer entitled to " + e.program() + " in " + period, importId));
            }
        }
        return events;
    }

    /** The household is missing from a full roster: it is dropped and its standing entitlements revoked. */
    public static List<HouseholdEvent> dropFromRoster(HouseholdState state, String importId) {
        if (!state.onRoster()) {
            return List.of();
        }
        List<HouseholdEvent> events = new ArrayList<>();
        events.add(new HouseholdDroppedFromRoster(state.householdId(), importId));
        for (Entitlement e : state.standingEntitlements()) {
            events.add(new EntitlementRevoked(state.householdId(), e.program(), e.period(),
                    "household dropped from the roster", importId));
        }
        return events;
    }

    private static List<HouseholdEvent> recordChanges(HouseholdRecord known, HouseholdRecord incoming,
                                                      String importId) {
        String id = incoming.householdId();
        List<HouseholdEvent> events = new ArrayList<>();
        if (!known.noKk().equals(incoming.noKk()) || !known.regionCode().equals(incoming.regionCode())
                || !known.address().equals(incoming.address()) || known.desil() != incoming.desil()) {
            events.add(new HouseholdDetailsChanged(id, incoming.noKk(), incoming.regionCode(), incoming.address(),
                    incoming.desil(), importId));
        }
        if (!known.channel().equals(incoming.channel())) {
            events.add(new ChannelChanged(id, known.channel(), incoming.channel(), importId));
        }
        if (!known.pengurusNik().equals(incoming.pengurusNik())
                || !known.pengurusName().equals(incoming.pengurusName())) {
            events.add(new PengurusChanged(id, known.pengurusNik(), incoming.pengurusNik(), incoming.pengurusName(),
                    importId));
        }
        events.addAll(memberChanges(known, incoming, importId));
        if (!new HashSet<>(known.programs()).equals(new HashSet<>(incoming.programs()))) {
            events.add(new ProgramsChanged(id, incoming.programs(), importId));
        }
        return events;
    }

    private static List<HouseholdEvent> memberChanges(HouseholdRecord known, HouseholdRecord incoming,
                                                      String importId) {
        List<HouseholdEvent> events = new ArrayList<>();
        Map<Nik, Member> before = new HashMap<>();
        known.members().forEach(m -> before.put(m.nik(), m));
        List<Member> afterDeaths = new ArrayList<>(known.members());
        for (Member m : incoming.members()) {
            Member was = before.get(m.nik());
            if (was != null && was.status() == MemberStatus.ALIVE && m.status() == MemberStatus.DECEASED) {
                events.add(new MemberDied(incoming.householdId(), m.nik(), m.nik().equals(known.pengurusNik()),
                        importId));
                afterDeaths.replaceAll(x -> x.nik().equals(m.nik())
                        ? new Member(x.nik(), x.name(), x.birthDate(), MemberStatus.DECEASED, x.component()) : x);
            }
        }
        if (!new HashSet<>(afterDeaths).equals(new HashSet<>(incoming.members()))) {
            events.add(new MembersChanged(incoming.householdId(), incoming.members(), importId));
        }
        return events;
    }
}
