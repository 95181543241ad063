package id.bansos.ledger.kpm;

import static id.bansos.ledger.kpm.Households.OCT_2026;
import static id.bansos.ledger.kpm.Households.apply;
import static id.bansos.ledger.kpm.Households.registered;
import static id.bansos.ledger.kpm.Households.sembako;
import static id.bansos.ledger.kpm.Households.siti;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterDecisionsTest {

    @Test
    void a_new_household_is_registered_with_its_entitlement() {
        List<HouseholdEvent> events = HouseholdDecisions.applyRoster(null, siti(), OCT_2026,
                List.of(sembako(EntitlementStatus.ELIGIBLE)), "imp-1");

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(HouseholdRegistered.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(EntitlementDetermined.class,
                e -> assertThat(e.amount()).isEqualTo(600_000));
    }

    @Test
    void applying_the_same_roster_line_again_changes_nothing() {
        HouseholdState known = registered(siti(), sembako(EntitlementStatus.ELIGIBLE));

        List<HouseholdEvent> events = HouseholdDecisions.applyRoster(known, siti(), OCT_2026,
                List.of(sembako(EntitlementStatus.ELIGIBLE)), "imp-2");

        assertThat(events).isEmpty();
    }

    @Test
    void a_changed_account_is_a_channel_change_only() {
        HouseholdState known = registered(siti(), sembako(EntitlementStatus.ELIGIBLE));
        HouseholdRecord r = siti();
        HouseholdRecord moved = new HouseholdRecord(r.householdId(), r.noKk(), r.pengurusNik(), r.pengurusName(),
                r.regionCode(), r.address(), r.desil(), new Channel.Bank("BRI", "000100000000999", null), r.programs(),
                r.members());

        List<HouseholdEvent> events = HouseholdDecisions.applyRoster(known, moved, OCT_2026,
                List.of(sembako(EntitlementStatus.ELIGIBLE)), "imp-2");

        assertThat(events).singleElement().isInstanceOfSatisfying(ChannelChanged.class,
                e -> assertThat(e.channel().code()).isEqualTo("BRI"));
    }

    @Test
    void the_pengurus_dying_holds_the_entitlement_with_the_reason() {
        HouseholdState known = registered(siti(), sembako(EntitlementStatus.ELIGIBLE));
        HouseholdRecord r = siti();
        HouseholdRecord bereaved = new HouseholdRecord(r.householdId(), r.noKk(), r.pengurusNik(), r.pengurusName(),
                r.regionCode(), r.address(), r.desil(), r.channel(), r.programs(),
                List.of(new Member(Households.MOTHER, "Siti Aminah", LocalDate.of(1990, 8, 5),
                                MemberStatus.DECEASED, null),
                        r.members().get(1)));
        Entitlement held = sembako(EntitlementStatus.HELD, "pengurus deceased: change of pengurus required");

        List<HouseholdEvent> events = HouseholdDecisions.applyRoster(known, bereaved, OCT_2026, List.of(held), "imp-2");

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(MemberDied.class, e -> assertThat(e.wasPengurus()).isTrue());
        assertThat(events.get(1)).isInstanceOfSatisfying(EntitlementDetermined.class, e -> {
            assertThat(e.status()).isEqualTo(EntitlementStatus.HELD);
            assertThat(e.reasons()).containsExactly("pengurus deceased: change of pengurus required");
        });
    }

    @Test
    void a_household_dropped_from_the_roster_has_its_entitlements_revoked() {
        HouseholdState known = registered(siti(), sembako(EntitlementStatus.ELIGIBLE));

        List<HouseholdEvent> events = HouseholdDecisions.dropFromRoster(known, "imp-2");
        HouseholdState after = apply(known, events);

        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isInstanceOfSatisfying(EntitlementRevoked.class,
                e -> assertThat(e.reason()).isEqualTo("household dropped from the roster"));
        assertThat(after.onRoster()).isFalse();
        assertThat(HouseholdDecisions.dropFromRoster(after, "imp-3")).isEmpty();
    }

    @Test
    void a_household_no_longer_enrolled_loses_that_entitlement() {
        HouseholdState known = registered(siti(), sembako(EntitlementStatus.ELIGIBLE));
        HouseholdRecord r = siti();
        HouseholdRecord unenrolled = new HouseholdRecord(r.householdId(), r.noKk(), r.pengurusNik(), r.pengurusName(),
                r.regionCode(), r.address(), r.desil(), r.channel(), List.of(), r.members());

        List<HouseholdEvent> events = HouseholdDecisions.applyRoster(known, unenrolled, OCT_2026, List.of(), "imp-2");

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(ProgramsChanged.class);
        assertThat(events.get(1)).isInstanceOf(EntitlementRevoked.class);
    }
}
