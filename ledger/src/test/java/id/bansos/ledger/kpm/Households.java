package id.bansos.ledger.kpm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Households and entitlements for the decision tests. */
final class Households {

    static final YearMonth OCT_2026 = YearMonth.of(2026, 10);
    static final Nik MOTHER = Nik.parse("3201014508900001");
    static final Nik CHILD = Nik.parse("3201011203180001");

    private Households() {
    }

    static HouseholdRecord siti() {
        return new HouseholdRecord("KPM-1", NoKk.parse("3201010101200001"), MOTHER, "Siti Aminah", "3201010001",
                "Jl. Melati 1, Bogor", 2, new Channel.Bank("BRI", "000100000000001", null),
                List.of(new ProgramEnrolment("SEMBAKO", null)),
                List.of(new Member(MOTHER, "Siti Aminah", LocalDate.of(1990, 8, 5), MemberStatus.ALIVE, null),
                        new Member(CHILD, "Budi", LocalDate.of(2018, 3, 12), MemberStatus.ALIVE,
                                PkhComponent.ANAK_USIA_DINI)));
    }

    static Entitlement sembako(EntitlementStatus status, String... reasons) {
        return new Entitlement("SEMBAKO", OCT_2026, 600_000, status, List.of(reasons), "2026.1",
                List.of(new EntitlementLine("Sembako Rp 200.000 x 3 months", null, 600_000, true)));
    }

    static HouseholdState registered(HouseholdRecord r, Entitlement... entitlements) {
        HouseholdState state = null;
        for (HouseholdEvent e : HouseholdDecisions.applyRoster(null, r, OCT_2026, List.of(entitlements), "imp-1")) {
            state = state == null ? HouseholdState.registered((HouseholdRegistered) e) : state.apply(e);
        }
        return state;
    }

    static HouseholdState apply(HouseholdState state, List<HouseholdEvent> events) {
        HouseholdState s = state;
        for (HouseholdEvent e : events) {
            s = s.apply(e);
        }
        return s;
    }
}
